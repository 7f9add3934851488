import { afterEach, describe, expect, it, vi } from 'vitest'
import { type EventSourceLike, followWebhookStream } from './followWebhookStream'

/** A stream the test drives: it records its URL and plays the browser's part. */
class FakeStream implements EventSourceLike {
  readyState = 0
  onopen: ((event: Event) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  closed = false
  private readonly listeners: ((message: MessageEvent<string>) => void)[] = []
  constructor(readonly url: string) {}
  addEventListener(_type: 'webhook', listener: (message: MessageEvent<string>) => void): void {
    this.listeners.push(listener)
  }
  close(): void {
    this.closed = true
    this.readyState = 2
  }
  opened(): void {
    this.readyState = 1
    this.onopen?.(new Event('open'))
  }
  deliver(seq: number): void {
    const message = new MessageEvent('webhook', { data: JSON.stringify({ seq, event: 'x' }) })
    for (const listener of this.listeners) listener(message)
  }
  /** A dropped connection the browser retries itself (`close` false), or an error answer. */
  fail({ givenUp }: { givenUp: boolean }): void {
    this.readyState = givenUp ? 2 : 0
    this.onerror?.(new Event('error'))
  }
}

afterEach(() => vi.useRealTimers())

function follow() {
  const streams: FakeStream[] = []
  const seen: number[] = []
  const states: boolean[] = []
  const stop = followWebhookStream({
    connect: (url) => {
      const stream = new FakeStream(url)
      streams.push(stream)
      return stream
    },
    onEntry: (entry) => seen.push(entry.seq),
    onConnected: (connected) => states.push(connected),
    retryMs: 1000,
  })
  return { streams, seen, states, stop }
}

describe('followWebhookStream', () => {
  it('leaves a dropped stream to the browser, which reconnects it with Last-Event-ID', () => {
    vi.useFakeTimers()
    const { streams, seen, states } = follow()
    streams[0]?.opened()
    streams[0]?.deliver(7)
    streams[0]?.fail({ givenUp: false })
    vi.advanceTimersByTime(5000)
    expect(streams).toHaveLength(1)
    expect(seen).toEqual([7])
    expect(states).toEqual([true, false])
  })

  it('opens a new stream after a pause when the browser gave up (a 503), resuming after the last entry', () => {
    vi.useFakeTimers()
    const { streams, seen, states, stop } = follow()
    expect(streams[0]?.url).toBe('/api/webhooks/stream')
    streams[0]?.opened()
    streams[0]?.deliver(41)
    streams[0]?.deliver(42)
    streams[0]?.fail({ givenUp: true })
    vi.advanceTimersByTime(999)
    expect(streams).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(streams[1]?.url).toBe('/api/webhooks/stream?after=42')
    streams[1]?.opened()
    streams[1]?.deliver(43)
    expect(seen).toEqual([41, 42, 43])
    expect(states).toEqual([true, false, true])
    stop()
    expect(streams[1]?.closed).toBe(true)
  })

  it('stops retrying once stopped', () => {
    vi.useFakeTimers()
    const { streams, stop } = follow()
    streams[0]?.fail({ givenUp: true })
    stop()
    vi.advanceTimersByTime(10_000)
    expect(streams).toHaveLength(1)
  })
})
