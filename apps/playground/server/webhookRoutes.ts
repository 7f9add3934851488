import { isWebhookSignatureError } from '@linkwheel/mock-api'
import type { Context, Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { InvalidWebhookBodyError, type WebhookEntry, type WebhookInbox } from './createWebhookInbox'
import { limitBody } from './http/limitBody'
import { readPageQuery } from './http/readPageQuery'
import { refuseNonJson } from './http/refuseNonJson'
import { playgroundError } from './PlaygroundApiError'

/** Options of {@link webhookRoutes}. */
export interface WebhookRoutesOptions {
  /** Where deliveries are kept. */
  inbox: WebhookInbox
  /** Largest delivery accepted, in bytes. @default 262144 */
  maxBodyBytes?: number
  /** How many of the latest entries a new stream (no `Last-Event-ID`) starts with. @default 100 */
  replay?: number
  /** Seconds between keep-alive comments on the stream. @default 15 */
  heartbeatSeconds?: number
  /**
   * Most live streams at once (each holds a connection, an inbox listener and a timer); one more
   * is refused with a 503 until one closes. @default 32
   */
  maxStreams?: number
}

function refuse(c: Context, error: unknown): Response {
  if (isWebhookSignatureError(error)) {
    return c.json(playgroundError(400, 'UNAUTHORIZED_REQUEST', error.code, error.message), 400)
  }
  if (error instanceof InvalidWebhookBodyError) {
    return c.json(
      playgroundError(400, 'INVALID_REQUEST_PARAMETERS', error.code, error.message),
      400,
    )
  }
  throw error
}

/** `Last-Event-ID` (or `?after=`) as a position; `null` when the client sent none. */
function readAfter(c: Context): number | null {
  const raw = c.req.header('last-event-id') ?? c.req.query('after')
  if (raw === undefined || raw === '') return null
  const after = Number(raw)
  return Number.isSafeInteger(after) && after > 0 ? after : 0
}

/**
 * `POST /webhooks` (the receiver: headers checked, then the body read within its limit, verified
 * over its raw bytes, stored, and only then a 200), `GET /webhooks?after=&limit=` (stored entries,
 * paged) and `GET /webhooks/stream` (server-sent events: `webhook` events with the entry as data
 * and its durable `seq` as id; a new stream starts with the latest 100, a reconnect with
 * `Last-Event-ID` resumes after it, across restarts).
 */
export function webhookRoutes(app: Hono, options: WebhookRoutesOptions): void {
  const { inbox } = options
  app.post(
    '/webhooks',
    async (c, next) => {
      const notJson = refuseNonJson(c, 'Webhooks are `content-type: application/json`.')
      if (notJson) return notJson
      try {
        inbox.checkHeaders(c.req.raw.headers)
      } catch (error) {
        return refuse(c, error)
      }
      return next()
    },
    limitBody(options.maxBodyBytes ?? 262_144),
    async (c) => {
      const raw = new Uint8Array(await c.req.arrayBuffer())
      try {
        const receipt = await inbox.receive(raw, c.req.raw.headers)
        return c.json({ received: true, duplicate: receipt.status === 'duplicate' }, 200)
      } catch (error) {
        return refuse(c, error)
      }
    },
  )

  app.get('/webhooks', async (c) => {
    const page = readPageQuery(c, 100)
    if (!page.ok) return c.json(page.body, 400)
    const result = await inbox.entries({
      after: page.query.cursor ?? readAfter(c) ?? 0,
      limit: page.query.limit,
    })
    return c.json({
      data: result.data,
      meta: { count: result.data.length, next_cursor: result.nextCursor },
    })
  })

  const maxStreams = options.maxStreams ?? 32
  let streams = 0
  app.get('/webhooks/stream', (c) => {
    if (streams >= maxStreams) {
      c.header('retry-after', '5')
      return c.json(
        playgroundError(
          503,
          'SERVICE_UNAVAILABLE',
          'too_many_streams',
          `This backend already serves ${maxStreams} live webhook streams (one per open page). Close a tab; the page tries again in a few seconds.`,
        ),
        503,
      )
    }
    streams++
    const resumeAfter = readAfter(c)
    return streamSSE(c, async (stream) => {
      try {
        // A new page gets the latest entries; a reconnect (`Last-Event-ID`) gets all it missed.
        const after = resumeAfter ?? (await inbox.seqBeforeLatest(options.replay ?? 100))
        const live: WebhookEntry[] = []
        let wake: (() => void) | null = null
        const unsubscribe = inbox.subscribe((entry) => {
          live.push(entry)
          wake?.()
        })
        stream.onAbort(() => {
          unsubscribe()
          wake?.()
        })
        const send = async (entry: WebhookEntry) => {
          if (entry.seq <= lastSent) return
          lastSent = entry.seq
          await stream.writeSSE({
            event: 'webhook',
            id: String(entry.seq),
            data: JSON.stringify(entry),
          })
        }
        // The backlog, page by page, from the database; entries stored meanwhile arrive in `live`
        // too, and `lastSent` sends each once.
        let lastSent = after
        for (let cursor = after; !stream.aborted; ) {
          const page = await inbox.entries({ after: cursor, limit: 100 })
          for (const entry of page.data) await send(entry)
          if (page.nextCursor === null) break
          cursor = Number(page.nextCursor)
        }
        const heartbeatMs = (options.heartbeatSeconds ?? 15) * 1000
        while (!stream.aborted) {
          const entry = live.shift()
          if (entry) {
            await send(entry)
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
      } finally {
        streams--
      }
    })
  })
}
