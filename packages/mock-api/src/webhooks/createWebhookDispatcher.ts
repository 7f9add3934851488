import { randomUUID } from 'node:crypto'
import type { WebhookVersion } from '../internal/apiVersions.js'
import { toTimestamp } from '../internal/time.js'
import { isRetryable, retryPolicy } from './retryPolicy.js'
import { signWebhook } from './signWebhook.js'
import type { PinwheelWebhookEventName } from './webhookEvents.js'
import type {
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookRegistration,
  WebhookRetentionOptions,
  WebhookRetryOptions,
} from './webhookTypes.js'

export type * from './webhookTypes.js'

/** Dependencies of {@link createWebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  secret: string
  clock: () => Date
  fetch: typeof fetch
  retry?: WebhookRetryOptions
  /** Per-attempt timeout, in ms. @default 15000 (Pinwheel's) */
  timeoutMs?: number
  retention?: WebhookRetentionOptions
}

/** An event payload, the same for every webhook or built per webhook version. */
export type WebhookPayload = object | ((version: WebhookVersion) => object)

/** Registers webhooks and delivers events to them. */
export interface WebhookDispatcher {
  register(
    input: Omit<WebhookRegistration, 'id' | 'created_at' | 'last_updated'>,
  ): WebhookRegistration
  list(): WebhookRegistration[]
  get(id: string): WebhookRegistration | undefined
  /** Deletes a webhook and cancels its pending deliveries and retries. */
  remove(id: string): boolean
  /** Queues the event for every active webhook subscribed to it; returns its `event_id`. */
  emit(event: PinwheelWebhookEventName, payload: WebhookPayload): string
  deliveries(filter?: { webhookId?: string; eventId?: string }): WebhookDelivery[]
  /** Sends a finished delivery again (same body and `event_id`, signed anew). */
  redeliver(deliveryId: string): WebhookDelivery | 'not_found' | 'pending'
  /** Resolves once no delivery is pending (including retries queued meanwhile). */
  whenIdle(): Promise<void>
  /** Cancels every pending delivery and retry. */
  close(): void
}

/** Creates the webhook registry and delivery queue of one mock API instance. */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const retry = retryPolicy(options.retry)
  const timeoutMs = options.timeoutMs ?? 15_000
  const maxAgeMs = options.retention?.maxAgeMs ?? 24 * 60 * 60 * 1000
  const maxDeliveries = options.retention?.maxDeliveries ?? 10_000
  const webhooks = new Map<string, WebhookRegistration>()
  const log = new Map<string, WebhookDelivery>()
  const running = new Map<string, AbortController>()
  const inFlight = new Set<Promise<void>>()
  const stop = new AbortController()

  const sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve()
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        signal.removeEventListener('abort', done)
        resolve()
      }
      signal.addEventListener('abort', done)
    })

  async function attempt(delivery: WebhookDelivery, signal: AbortSignal) {
    const now = options.clock()
    const record: WebhookDeliveryAttempt = {
      attempted_at: toTimestamp(now),
      status_code: null,
      error: null,
    }
    delivery.attempts.push(record)
    // One controller per attempt, held here with a plain timer: `AbortSignal.timeout` combined by
    // `AbortSignal.any` can be collected before it fires on Node 20, leaving a silent receiver
    // waited on forever.
    const abort = new AbortController()
    const stopNow = () => abort.abort(signal.reason)
    const timer = setTimeout(
      () => abort.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    )
    if (signal.aborted) stopNow()
    else signal.addEventListener('abort', stopNow)
    try {
      const response = await options.fetch(delivery.url, {
        method: 'POST',
        body: delivery.body,
        headers: {
          'content-type': 'application/json',
          'x-pinwheel-webhook-id': delivery.webhook_id,
          ...signWebhook(delivery.body, options.secret, Math.floor(now.getTime() / 1000)),
        },
        // A redirect would carry the signed body to a host nobody registered: never follow one.
        redirect: 'manual',
        signal: abort.signal,
      })
      record.status_code = response.status
      if (response.status >= 300 && response.status < 400) {
        record.error = 'redirect not followed: register the final URL'
      }
      await response.body?.cancel().catch(() => undefined)
    } catch (error) {
      record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    } finally {
      clearTimeout(timer)
      signal.removeEventListener('abort', stopNow)
    }
    return record.status_code
  }

  async function deliver(delivery: WebhookDelivery, signal: AbortSignal): Promise<void> {
    const started = Date.now()
    let delay = retry.initialDelayMs
    for (let n = 1; ; n++) {
      const status = await attempt(delivery, signal)
      if (signal.aborted) break
      if (status !== null && status >= 200 && status < 300) {
        delivery.status = 'delivered'
        return
      }
      const wait = Math.min(delay, retry.maxDelayMs)
      const inWindow = Date.now() - started + wait <= retry.windowMs
      if (!isRetryable(status) || n >= retry.maxAttempts || !inWindow) {
        delivery.status = 'failed'
        return
      }
      await sleep(wait, signal)
      if (signal.aborted) break
      delay *= retry.backoffFactor
    }
    delivery.status = 'cancelled'
  }

  function start(delivery: WebhookDelivery) {
    if (stop.signal.aborted) {
      delivery.status = 'cancelled'
      return
    }
    const controller = new AbortController()
    running.set(delivery.id, controller)
    const work = deliver(delivery, AbortSignal.any([controller.signal, stop.signal])).finally(
      () => {
        running.delete(delivery.id)
        inFlight.delete(work)
      },
    )
    inFlight.add(work)
  }

  function evict() {
    const oldest = options.clock().getTime() - maxAgeMs
    for (const [id, delivery] of log) {
      const old = Date.parse(delivery.created_at) < oldest
      if (!(old || log.size > maxDeliveries)) break
      if (delivery.status !== 'pending') log.delete(id)
    }
  }

  const clone = <T>(value: T): T => structuredClone(value)

  return {
    register(input) {
      const at = toTimestamp(options.clock())
      const registration: WebhookRegistration = {
        ...input,
        id: randomUUID(),
        created_at: at,
        last_updated: at,
      }
      webhooks.set(registration.id, registration)
      return clone(registration)
    },
    list: () => [...webhooks.values()].map(clone),
    get: (id) => {
      const found = webhooks.get(id)
      return found && clone(found)
    },
    remove(id) {
      if (!webhooks.delete(id)) return false
      for (const delivery of log.values()) {
        if (delivery.webhook_id === id) running.get(delivery.id)?.abort()
      }
      return true
    },
    emit(event, payload) {
      const eventId = randomUUID()
      const bodies = new Map<WebhookVersion, string>()
      const bodyFor = (version: WebhookVersion) => {
        let raw = bodies.get(version)
        if (raw === undefined) {
          const data = typeof payload === 'function' ? payload(version) : payload
          raw = JSON.stringify({ event, event_id: eventId, payload: data })
          bodies.set(version, raw)
        }
        return raw
      }
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
          body: bodyFor(webhook.version),
        }
        log.set(delivery.id, delivery)
        start(delivery)
      }
      evict()
      return eventId
    },
    deliveries(filter = {}) {
      const found: WebhookDelivery[] = []
      for (const d of log.values()) {
        if (filter.webhookId !== undefined && d.webhook_id !== filter.webhookId) continue
        if (filter.eventId !== undefined && d.event_id !== filter.eventId) continue
        found.push(clone(d))
      }
      return found
    },
    redeliver(deliveryId) {
      const delivery = log.get(deliveryId)
      if (!delivery || !webhooks.has(delivery.webhook_id)) return 'not_found'
      if (delivery.status === 'pending') return 'pending'
      delivery.status = 'pending'
      start(delivery)
      return clone(delivery)
    },
    async whenIdle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight])
    },
    close() {
      stop.abort()
    },
  }
}
