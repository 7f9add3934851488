import { randomUUID } from 'node:crypto'
import { toTimestamp } from '../internal/time.js'
import { signWebhook } from './signWebhook.js'
import type { PinwheelWebhookBody, PinwheelWebhookEventName } from './webhookEvents.js'

/** A registered webhook endpoint. */
export interface WebhookRegistration {
  id: string
  url: string
  /** Only `active` webhooks receive deliveries. */
  status: 'active' | 'paused'
  enabled_events: PinwheelWebhookEventName[]
  version: string | null
  created_at: string
}

/** One try at delivering an event. */
export interface WebhookDeliveryAttempt {
  attempted_at: string
  /** HTTP status the receiver answered, or `null` when the request failed. */
  status_code: number | null
  /** Network error or timeout, when there was no answer. */
  error: string | null
}

/** The delivery of one event to one webhook, with every attempt. */
export interface WebhookDelivery {
  id: string
  webhook_id: string
  url: string
  event: PinwheelWebhookEventName
  event_id: string
  /** `pending` while attempts remain, `delivered` on a 2xx, `failed` when retries ran out. */
  status: 'pending' | 'delivered' | 'failed'
  attempts: WebhookDeliveryAttempt[]
  created_at: string
  /** The exact body sent (the same bytes on every attempt). */
  body: string
}

/** Retry policy for failed deliveries: exponential backoff, bounded. */
export interface WebhookRetryOptions {
  /** Attempts per delivery, the first included. @default 6 */
  maxAttempts?: number
  /** Wait before the second attempt, in ms. @default 1000 */
  initialDelayMs?: number
  /** Each further wait is the previous one times this. @default 2 */
  backoffFactor?: number
  /** Upper bound of one wait, in ms. @default 30000 */
  maxDelayMs?: number
}

/** Dependencies of {@link createWebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  secret: string
  clock: () => Date
  fetch: typeof fetch
  retry?: WebhookRetryOptions
  timeoutMs?: number
}

/** Registers webhooks and delivers events to them. */
export interface WebhookDispatcher {
  register(input: Omit<WebhookRegistration, 'id' | 'created_at'>): WebhookRegistration
  list(): WebhookRegistration[]
  get(id: string): WebhookRegistration | undefined
  remove(id: string): boolean
  /** Queues the event for every active webhook subscribed to it; returns its `event_id`. */
  emit(event: PinwheelWebhookEventName, payload: object): string
  deliveries(filter?: { webhookId?: string; eventId?: string }): WebhookDelivery[]
  /** Resolves once no delivery is pending (including retries queued meanwhile). */
  whenIdle(): Promise<void>
  /** Stops retries; pending deliveries stay `pending`. */
  close(): void
}

/** Creates the webhook registry and delivery queue of one mock API instance. */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const retry = {
    maxAttempts: options.retry?.maxAttempts ?? 6,
    initialDelayMs: options.retry?.initialDelayMs ?? 1000,
    backoffFactor: options.retry?.backoffFactor ?? 2,
    maxDelayMs: options.retry?.maxDelayMs ?? 30_000,
  }
  const timeoutMs = options.timeoutMs ?? 10_000
  const webhooks = new Map<string, WebhookRegistration>()
  const log: WebhookDelivery[] = []
  const inFlight = new Set<Promise<void>>()
  const stop = new AbortController()

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stop.signal.aborted) return resolve()
      const timer = setTimeout(resolve, ms)
      stop.signal.addEventListener('abort', () => {
        clearTimeout(timer)
        resolve()
      })
    })

  async function attempt(delivery: WebhookDelivery): Promise<boolean> {
    const timestamp = Math.floor(options.clock().getTime() / 1000)
    const record: WebhookDeliveryAttempt = {
      attempted_at: toTimestamp(options.clock()),
      status_code: null,
      error: null,
    }
    delivery.attempts.push(record)
    try {
      const response = await options.fetch(delivery.url, {
        method: 'POST',
        body: delivery.body,
        headers: {
          'content-type': 'application/json',
          'x-pinwheel-webhook-id': delivery.webhook_id,
          ...signWebhook(delivery.body, options.secret, timestamp),
        },
        signal: AbortSignal.timeout(timeoutMs),
      })
      record.status_code = response.status
      await response.body?.cancel().catch(() => undefined)
      return response.ok
    } catch (error) {
      record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      return false
    }
  }

  async function deliver(delivery: WebhookDelivery): Promise<void> {
    let delay = retry.initialDelayMs
    for (let n = 1; n <= retry.maxAttempts; n++) {
      if (await attempt(delivery)) {
        delivery.status = 'delivered'
        return
      }
      if (n === retry.maxAttempts) break
      await sleep(Math.min(delay, retry.maxDelayMs))
      if (stop.signal.aborted) return
      delay *= retry.backoffFactor
    }
    delivery.status = 'failed'
  }

  const track = (work: Promise<void>) => {
    inFlight.add(work)
    void work.finally(() => inFlight.delete(work))
  }

  return {
    register(input) {
      const registration: WebhookRegistration = {
        ...input,
        id: randomUUID(),
        created_at: toTimestamp(options.clock()),
      }
      webhooks.set(registration.id, registration)
      return structuredClone(registration)
    },
    list: () => [...webhooks.values()].map((w) => structuredClone(w)),
    get: (id) => {
      const found = webhooks.get(id)
      return found && structuredClone(found)
    },
    remove: (id) => webhooks.delete(id),
    emit(event, payload) {
      const eventId = randomUUID()
      const body: PinwheelWebhookBody<object> = { event, event_id: eventId, payload }
      const raw = JSON.stringify(body)
      for (const webhook of webhooks.values()) {
        if (webhook.status !== 'active' || !webhook.enabled_events.includes(event)) continue
        const delivery: WebhookDelivery = {
          id: randomUUID(),
          webhook_id: webhook.id,
          url: webhook.url,
          event,
          event_id: eventId,
          status: 'pending',
          attempts: [],
          created_at: toTimestamp(options.clock()),
          body: raw,
        }
        log.push(delivery)
        if (!stop.signal.aborted) track(deliver(delivery))
      }
      return eventId
    },
    deliveries(filter = {}) {
      return log
        .filter((d) => filter.webhookId === undefined || d.webhook_id === filter.webhookId)
        .filter((d) => filter.eventId === undefined || d.event_id === filter.eventId)
        .map((d) => structuredClone(d))
    },
    async whenIdle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight])
    },
    close() {
      stop.abort()
    },
  }
}
