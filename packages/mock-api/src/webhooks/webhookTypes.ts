import type { WebhookVersion } from '../internal/apiVersions.js'
import type { PinwheelWebhookEventName } from './webhookEvents.js'

/** A registered webhook endpoint (`WebhookObjResponse`). */
export interface WebhookRegistration {
  id: string
  url: string
  /** Only `active` webhooks receive deliveries. */
  status: 'active' | 'paused'
  enabled_events: PinwheelWebhookEventName[]
  /** The payload version of its events. */
  version: WebhookVersion
  created_at: string
  last_updated: string
}

/** One try at delivering an event. */
export interface WebhookDeliveryAttempt {
  attempted_at: string
  /** HTTP status the receiver answered, or `null` when the request failed. */
  status_code: number | null
  /** Network error or timeout, when there was no answer; why it stopped, for a 3xx/4xx. */
  error: string | null
}

/** The delivery of one event to one webhook, with every attempt. */
export interface WebhookDelivery {
  id: string
  webhook_id: string
  url: string
  event: PinwheelWebhookEventName
  event_id: string
  /**
   * `pending` while attempts remain; `delivered` on a 2xx; `failed` on a 3xx/4xx (not retried)
   * or when retries ran out; `cancelled` when its webhook was deleted or the API closed.
   */
  status: 'pending' | 'delivered' | 'failed' | 'cancelled'
  attempts: WebhookDeliveryAttempt[]
  created_at: string
  /** The exact body sent (the same bytes on every attempt and redelivery). */
  body: string
}

/**
 * Retry policy for failed deliveries. Pinwheel retries on a 5XX or a network failure only, at most
 * 5 times within 15 minutes; the mock refuses a policy beyond that.
 */
export interface WebhookRetryOptions {
  /** Attempts per delivery, the first included (at most 6). @default 6 */
  maxAttempts?: number
  /** Wait before the second attempt, in ms. @default 25000 */
  initialDelayMs?: number
  /** Each further wait is the previous one times this. @default 2 */
  backoffFactor?: number
  /** Upper bound of one wait, in ms. @default 400000 */
  maxDelayMs?: number
  /** No retry starts later than this after the first attempt, in ms (at most 15 minutes). @default 900000 */
  windowMs?: number
}

/** How long delivery records are kept. */
export interface WebhookRetentionOptions {
  /** A finished delivery is dropped this long after it was created, in ms. @default 86400000 (24 h) */
  maxAgeMs?: number
  /** At most this many deliveries are kept; the oldest finished ones go first. @default 10000 */
  maxDeliveries?: number
}
