import type { SandboxLinkAssets } from '@linkwheel/sandbox-link'
import type { Hono } from 'hono'
import type { PinwheelApiVersion } from './internal/apiVersions.js'
import type { EvictionOptions } from './internal/evictExpired.js'
import type {
  WebhookDelivery,
  WebhookRetentionOptions,
  WebhookRetryOptions,
} from './webhooks/webhookTypes.js'

/** Options of {@link createMockPinwheelApi}. */
export interface MockPinwheelApiOptions {
  /**
   * The secret clients send in `x-api-secret`, also the webhook signing key.
   * @default process.env.PINWHEEL_API_SECRET, else `pw_sandbox_demo_secret`
   */
  apiSecret?: string
  /**
   * The API version of a request without a `Pinwheel-Version` header: the workspace's configured
   * version. Pinwheel's spec defaults to 2025-07-08; the mock keeps 2023-11-22, the classic form
   * (`required_jobs`) its earlier releases and Pinwheel's guides use.
   * @default '2023-11-22'
   */
  defaultPinwheelVersion?: PinwheelApiVersion
  /** The current time: token expiry, timestamps, generated data, eviction. @default () => new Date() */
  clock?: () => Date
  /** How webhooks are delivered (inject a receiver in tests). @default globalThis.fetch */
  webhookFetch?: typeof fetch
  /** Retry policy for failed deliveries (5XX or no answer only). @default 6 attempts, 25 s doubling, within 15 min */
  webhookRetry?: WebhookRetryOptions
  /** Per-attempt timeout of a delivery, in ms. @default 15000 */
  webhookTimeoutMs?: number
  /** How long and how many delivery records are kept. @default 24 h, 10000 */
  webhookRetention?: WebhookRetentionOptions
  /**
   * Accept webhook URLs Pinwheel would refuse: plain `http`, IP addresses, `localhost`, `.local`.
   * Set it for a receiver on loopback (the playground does). @default false
   */
  allowPrivateWebhookUrls?: boolean
  /** Delay between a `user_pending` job's `pending` webhook and its `error` webhook, in ms. @default 60000 */
  pendingJobDelayMs?: number
  /** Largest request body accepted on any route, in bytes; larger → 413. @default 65536 */
  maxBodyBytes?: number
  /** When expired tokens and finished sessions are dropped. */
  eviction?: EvictionOptions
  /** HS256 key for Link token JWTs. @default 32 random bytes per instance */
  linkTokenSigningKey?: Uint8Array
  /** Source of the sandbox Link browser files. @default getSandboxLinkAssets from @linkwheel/sandbox-link */
  linkAssets?: () => Promise<SandboxLinkAssets>
}

/** One in-memory Pinwheel imitation. */
export interface MockPinwheelApi {
  /** The whole API as a fetch handler: give it a `Request`, get a `Response`. */
  fetch(request: Request): Promise<Response>
  /** The Hono app behind `fetch` (`app.request('/v1/accounts', init)` is handy in tests). */
  app: Hono
  /** The secret in force (`x-api-secret` and webhook signatures). */
  apiSecret: string
  /** Every webhook delivery kept, with attempts; filter by webhook or event id. */
  webhookDeliveries(filter?: { webhookId?: string; eventId?: string }): WebhookDelivery[]
  /** Sends a finished delivery again; `undefined` when it is unknown or still pending. */
  redeliverWebhook(deliveryId: string): WebhookDelivery | undefined
  /** Resolves when no webhook delivery or retry is pending. */
  whenWebhooksIdle(): Promise<void>
  /** How many tokens and sessions are held (to watch eviction). */
  stats(): { linkTokens: number; sessions: number; accounts: number; webhookDeliveries: number }
  /** Cancels webhook retries and scheduled job outcomes. */
  close(): void
}
