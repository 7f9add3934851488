import { isWebhookSignatureError } from '@linkwheel/mock-api'
import type { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { InvalidWebhookBodyError, type WebhookEntry, type WebhookInbox } from './createWebhookInbox'
import { playgroundError } from './PlaygroundApiError'

/** Options of {@link webhookRoutes}. */
export interface WebhookRoutesOptions {
  /** Where deliveries are kept. */
  inbox: WebhookInbox
  /** Seconds between keep-alive comments on the stream. @default 15 */
  heartbeatSeconds?: number
}

/**
 * `POST /webhooks` (the receiver the mock API delivers to: verify, dedupe, keep), `GET /webhooks`
 * (kept entries) and `GET /webhooks/stream` (server-sent events: `webhook` events with the entry as
 * data and its `seq` as id; a reconnect with `Last-Event-ID` resumes after it).
 */
export function webhookRoutes(app: Hono, options: WebhookRoutesOptions): void {
  const { inbox } = options
  app.post('/webhooks', async (c) => {
    const raw = await c.req.text()
    try {
      const receipt = inbox.receive(raw, c.req.raw.headers)
      return c.json({ received: true, duplicate: receipt.status === 'duplicate' }, 200)
    } catch (error) {
      if (isWebhookSignatureError(error)) {
        return c.json(playgroundError(400, 'UNAUTHORIZED_REQUEST', error.code, error.message), 400)
      }
      if (error instanceof InvalidWebhookBodyError) {
        return c.json(
          playgroundError(400, 'INVALID_REQUEST_PARAMETERS', 'invalid_webhook', error.message),
          400,
        )
      }
      throw error
    }
  })

  app.get('/webhooks', (c) => c.json({ data: inbox.entries() }))

  app.get('/webhooks/stream', (c) => {
    const after = Number(c.req.header('last-event-id') ?? c.req.query('after') ?? 0) || 0
    return streamSSE(c, async (stream) => {
      const queue: WebhookEntry[] = []
      let wake: (() => void) | null = null
      const unsubscribe = inbox.subscribe((entry) => {
        queue.push(entry)
        wake?.()
      })
      stream.onAbort(() => {
        unsubscribe()
        wake?.()
      })
      queue.unshift(...inbox.entries().filter((entry) => entry.seq > after))
      const heartbeatMs = (options.heartbeatSeconds ?? 15) * 1000
      // An entry that arrives between subscribing and reading the backlog is in both: send it once.
      let lastSent = after
      while (!stream.aborted) {
        const entry = queue.shift()
        if (entry) {
          if (entry.seq <= lastSent) continue
          lastSent = entry.seq
          await stream.writeSSE({
            event: 'webhook',
            id: String(entry.seq),
            data: JSON.stringify(entry),
          })
          continue
        }
        const waited = await new Promise<'woken' | 'idle'>((resolve) => {
          const timer = setTimeout(() => resolve('idle'), heartbeatMs)
          wake = () => {
            clearTimeout(timer)
            resolve('woken')
          }
        })
        wake = null
        if (waited === 'idle' && !stream.aborted) await stream.write(': keep-alive\n\n')
      }
      unsubscribe()
    })
  })
}
