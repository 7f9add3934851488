import type { WebhookEntry } from '../server/createWebhookInbox'

/** The part of `EventSource` the feed uses (a fake one in tests). */
export interface EventSourceLike {
  /** 0 connecting, 1 open, 2 closed (the browser gave up). */
  readonly readyState: number
  onopen: ((event: Event) => void) | null
  onerror: ((event: Event) => void) | null
  addEventListener(type: 'webhook', listener: (message: MessageEvent<string>) => void): void
  close(): void
}

/** Options of {@link followWebhookStream}. */
export interface FollowWebhookStreamOptions {
  /** Opens a stream, e.g. `(url) => new EventSource(url)`. */
  connect: (url: string) => EventSourceLike
  /** Each webhook entry, as it arrives (a reconnect may repeat one: key them by `seq`). */
  onEntry: (entry: WebhookEntry) => void
  /** Whether the stream is open now. */
  onConnected: (connected: boolean) => void
  /** How long to wait before opening a new stream once the browser gave one up. @default 5000 */
  retryMs?: number
}

/** `readyState` of a stream the browser will not reconnect by itself. */
const CLOSED = 2

/**
 * Follows `/api/webhooks/stream` until the returned function is called. The browser reconnects a
 * dropped stream by itself (sending `Last-Event-ID`), but gives up after an error answer, such as
 * the 503 of a backend that already serves too many streams: then this opens a new stream after
 * `retryMs`, resuming after the last entry it delivered (`?after=`).
 */
export function followWebhookStream(options: FollowWebhookStreamOptions): () => void {
  let lastSeq = 0
  let retry: ReturnType<typeof setTimeout> | undefined
  let source: EventSourceLike
  const open = () => {
    const current = options.connect(`/api/webhooks/stream${lastSeq ? `?after=${lastSeq}` : ''}`)
    source = current
    current.onopen = () => options.onConnected(true)
    current.onerror = () => {
      options.onConnected(false)
      if (current.readyState === CLOSED) retry = setTimeout(open, options.retryMs ?? 5000)
    }
    current.addEventListener('webhook', (message) => {
      const entry = JSON.parse(message.data) as WebhookEntry
      lastSeq = Math.max(lastSeq, entry.seq)
      options.onEntry(entry)
    })
  }
  open()
  return () => {
    clearTimeout(retry)
    source.close()
  }
}
