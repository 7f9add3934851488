import { linkTokenJobs } from '@linkwheel/mock-api'
import { Hono } from 'hono'
import { accountRoutes } from './accountRoutes'
import type { AccountStore } from './createAccountStore'
import type { PinwheelClient } from './createPinwheelClient'
import type { RefreshLog } from './createRefreshLog'
import type { WebhookInbox } from './createWebhookInbox'
import type { Database } from './db/Database'
import { limitBody } from './http/limitBody'
import { requireSameOriginJson } from './http/requireSameOriginJson'
import { linkTokenRoute } from './linkTokenRoute'
import { playgroundError } from './PlaygroundApiError'
import { BoundedJsonError } from './parseBoundedJson'
import { reconcileRoute } from './reconcileRoute'
import { webhookRoutes } from './webhookRoutes'

/** What `GET /api/config` tells the page: public values only, never the secret. */
export interface PlaygroundClientConfig {
  /** The sandbox Link script URL (the mock API's origin, not the page's). */
  scriptUrl: string
  /** `org_name` of the tokens. */
  orgName: string
  /** Jobs the builder offers (the mock's `linkTokenJobs`). */
  jobs: readonly string[]
  /** Employers to preselect. */
  employers: { id: string; name: string; platformId: string }[]
  /** Platforms to preselect. */
  platforms: { id: string; name: string }[]
}

/** The jobs a token can request, as the page offers them. */
export const playgroundJobs: readonly string[] = linkTokenJobs

/** Largest body of the page's JSON calls, in bytes. */
export const maxJsonBodyBytes = 65_536

/** Options of {@link createPlaygroundApi}. */
export interface PlaygroundApiOptions {
  /** Talks to Pinwheel (the mock) with the secret. */
  client: PinwheelClient
  /** Receives webhooks. */
  inbox: WebhookInbox
  /** The connected accounts. */
  accounts: AccountStore
  /** Stored refresh results. */
  refreshes: RefreshLog
  /** The database (for the reconcile). */
  db: Database
  /** Origins whose pages may call the state-changing routes (the page's own). */
  allowedOrigins: readonly string[]
  /** Public configuration for the page. */
  clientConfig: PlaygroundClientConfig
  /** Called after each token Pinwheel issued. */
  onTokenCreated?: () => void
}

const isWebhookDelivery = (method: string, path: string) =>
  method === 'POST' && path === '/api/webhooks'

/**
 * The playground's backend, mounted at `/api`: config, link tokens, the webhook receiver and its
 * live stream, connected accounts, proxies of their data, refreshes and the reconcile. It holds
 * the API secret; no answer carries it. State-changing calls must be JSON from the page's origin
 * (webhooks are authenticated by their signature instead), and every body is limited.
 */
export function createPlaygroundApi(options: PlaygroundApiOptions): Hono {
  const app = new Hono().basePath('/api')
  app.use('*', requireSameOriginJson(options.allowedOrigins, isWebhookDelivery))
  app.use('*', async (c, next) =>
    // The webhook route limits its own body, after checking its headers.
    isWebhookDelivery(c.req.method, c.req.path) ? next() : limitBody(maxJsonBodyBytes)(c, next),
  )
  app.get('/config', (c) => c.json(options.clientConfig))
  linkTokenRoute(app, {
    client: options.client,
    orgName: options.clientConfig.orgName,
    ...(options.onTokenCreated ? { onTokenCreated: options.onTokenCreated } : {}),
  })
  webhookRoutes(app, { inbox: options.inbox })
  accountRoutes(app, {
    client: options.client,
    accounts: options.accounts,
    refreshes: options.refreshes,
  })
  reconcileRoute(app, { client: options.client, db: options.db, accounts: options.accounts })
  app.notFound((c) =>
    c.json(
      playgroundError(
        404,
        'RECORD_NOT_FOUND',
        'not_found',
        `No playground endpoint ${c.req.method} ${c.req.path}.`,
      ),
      404,
    ),
  )
  app.onError((error, c) => {
    if (error instanceof BoundedJsonError) {
      return c.json(
        playgroundError(
          400,
          'INVALID_REQUEST_PARAMETERS',
          error.code,
          `${error.message} Send the options as a JSON body with \`content-type: application/json\`.`,
        ),
        400,
      )
    }
    console.error('[playground] unexpected error in', c.req.method, c.req.path, error)
    return c.json(
      playgroundError(
        500,
        'UNKNOWN_ERROR',
        'internal_error',
        'The playground backend failed: see the terminal running `pnpm dev`.',
      ),
      500,
    )
  })
  return app
}
