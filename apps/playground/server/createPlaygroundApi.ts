import { linkTokenJobs } from '@linkwheel/mock-api'
import { Hono } from 'hono'
import { accountRoutes } from './accountRoutes'
import type { PinwheelClient } from './createPinwheelClient'
import type { WebhookInbox } from './createWebhookInbox'
import { linkTokenRoute } from './linkTokenRoute'
import { playgroundError } from './PlaygroundApiError'
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

/** Options of {@link createPlaygroundApi}. */
export interface PlaygroundApiOptions {
  /** Talks to Pinwheel (the mock) with the secret. */
  client: PinwheelClient
  /** Receives webhooks. */
  inbox: WebhookInbox
  /** Public configuration for the page. */
  clientConfig: PlaygroundClientConfig
  /** Called after each token Pinwheel issued. */
  onTokenCreated?: () => void
}

/**
 * The playground's backend, mounted at `/api`: config, link tokens, the webhook receiver and its
 * live stream, connected accounts and proxies of their data. It holds the API secret; no answer
 * carries it.
 */
export function createPlaygroundApi(options: PlaygroundApiOptions): Hono {
  const app = new Hono().basePath('/api')
  app.get('/config', (c) => c.json(options.clientConfig))
  linkTokenRoute(app, {
    client: options.client,
    orgName: options.clientConfig.orgName,
    ...(options.onTokenCreated ? { onTokenCreated: options.onTokenCreated } : {}),
  })
  webhookRoutes(app, { inbox: options.inbox })
  accountRoutes(app, { client: options.client, inbox: options.inbox })
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
