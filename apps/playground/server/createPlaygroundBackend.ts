import { sandboxEmployers, sandboxPlatforms } from '@linkwheel/sandbox-link'
import type { Hono } from 'hono'
import { type AccountStore, createAccountStore } from './createAccountStore'
import { createPinwheelClient, type PinwheelClient } from './createPinwheelClient'
import { createPlaygroundApi, playgroundJobs } from './createPlaygroundApi'
import { createRefreshLog } from './createRefreshLog'
import { createWebhookInbox, type WebhookInbox } from './createWebhookInbox'
import type { Database } from './db/Database'
import { createWebhookRegistrar, type WebhookRegistrar } from './registerWebhook'

/** Options of {@link createPlaygroundBackend}. */
export interface PlaygroundBackendOptions {
  /** Base URL of the Pinwheel (mock) API. */
  pinwheelApiUrl: string
  /** The API secret (stays on the server). */
  apiSecret: string
  /** The Link script URL the page loads. */
  scriptUrl: string
  /** The URL the mock API delivers webhooks to (this server's `/api/webhooks`). */
  webhookUrl: string
  /** The opened, migrated database (see `openDatabase`). */
  db: Database
  /** Origins whose pages may call the state-changing routes, e.g. `http://localhost:5173`. */
  allowedOrigins: readonly string[]
  /** `org_name` of the tokens. @default 'Linkwheel Playground' */
  orgName?: string
  /** For tests: the fetch used to reach the API. @default globalThis.fetch */
  fetch?: typeof fetch
  /** For tests: the webhook inbox's clock. */
  now?: () => Date
}

/** The playground's backend, wired: the `/api` app and the parts behind it. */
export interface PlaygroundBackend {
  /** The Hono app serving `/api/*`. */
  api: Hono
  /** Verified, deduplicated, stored webhooks. */
  inbox: WebhookInbox
  /** The connected accounts. */
  accounts: AccountStore
  /** The database behind both. */
  db: Database
  /** The server-side Pinwheel client. */
  client: PinwheelClient
  /** Keeps `webhookUrl` registered with the mock API. */
  registrar: WebhookRegistrar
}

/**
 * Wires the playground backend: a Pinwheel client holding the secret, the stored webhook inbox and
 * accounts, the
 * registrar (retried after each issued token until it succeeds, so a mock API started late still
 * delivers), and the `/api` app with the public config for the page.
 */
export function createPlaygroundBackend(options: PlaygroundBackendOptions): PlaygroundBackend {
  const client = createPinwheelClient({
    baseUrl: options.pinwheelApiUrl,
    apiSecret: options.apiSecret,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  const { db } = options
  const accounts = createAccountStore(db)
  const inbox = createWebhookInbox({
    db,
    accounts,
    secret: options.apiSecret,
    ...(options.now ? { now: options.now } : {}),
  })
  const registrar = createWebhookRegistrar(client, options.webhookUrl)
  const api = createPlaygroundApi({
    client,
    inbox,
    accounts,
    refreshes: createRefreshLog(db),
    db,
    allowedOrigins: options.allowedOrigins,
    clientConfig: {
      scriptUrl: options.scriptUrl,
      orgName: options.orgName ?? 'Linkwheel Playground',
      jobs: playgroundJobs,
      employers: sandboxEmployers.map(({ id, name, platformId }) => ({ id, name, platformId })),
      platforms: sandboxPlatforms.map(({ id, name }) => ({ id, name })),
    },
    onTokenCreated: () => {
      if (!registrar.registered) {
        registrar.ensure().catch((error: unknown) => console.warn(`[playground] ${String(error)}`))
      }
    },
  })
  return { api, inbox, accounts, db, client, registrar }
}
