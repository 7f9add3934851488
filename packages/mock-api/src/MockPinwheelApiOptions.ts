import type { SandboxLinkAssets } from '@linkwheel/sandbox-link'
import type { Hono } from 'hono'
import type { WebhookDelivery, WebhookRetryOptions } from './webhooks/createWebhookDispatcher.js'

/** Options of {@link createMockPinwheelApi}. */
export interface MockPinwheelApiOptions {
  /**
   * The secret clients send in `x-api-secret`, also the webhook signing key.
   * @default process.env.PINWHEEL_API_SECRET, else `pw_sandbox_demo_secret`
   */
  apiSecret?: string
  /** The current time: token expiry, timestamps, generated data. @default () => new Date() */
  clock?: () => Date
  /** How webhooks are delivered (inject a receiver in tests). @default globalThis.fetch */
  webhookFetch?: typeof fetch
  /** Retry policy for failed deliveries (use small delays in tests). @default 6 attempts, 1 s doubling, ≤ 30 s */
  webhookRetry?: WebhookRetryOptions
  /** Per-attempt timeout of a delivery, in ms. @default 10000 */
  webhookTimeoutMs?: number
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
  /** Every webhook delivery so far, with attempts; filter by webhook or event id. */
  webhookDeliveries(filter?: { webhookId?: string; eventId?: string }): WebhookDelivery[]
  /** Resolves when no webhook delivery or retry is pending. */
  whenWebhooksIdle(): Promise<void>
  /** Stops webhook retries (pending deliveries are dropped). */
  close(): void
}
