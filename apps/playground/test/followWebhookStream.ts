/** One `webhook` event read from the live stream. */
export interface StreamedWebhook {
  /** The SSE id (the entry's durable `seq`). */
  id: number
  /** The entry's `event_id`. */
  eventId: string
}

/**
 * Follows `/api/webhooks/stream` like the page's EventSource does, optionally resuming with
 * `Last-Event-ID`; collects the `webhook` events until the stream ends or `stop()` is called.
 */
export function followWebhookStream(baseUrl: string, lastEventId?: number) {
  const events: StreamedWebhook[] = []
  const controller = new AbortController()
  const ended = (async () => {
    try {
      const response = await fetch(`${baseUrl}/api/webhooks/stream`, {
        headers: lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) },
        signal: controller.signal,
      })
      const reader = response.body!.getReader()
      const decoder = new TextDecoder()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffer += decoder.decode(value, { stream: true })
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          end = buffer.indexOf('\n\n')
          const fields = Object.fromEntries(
            block
              .split('\n')
              .map((line) => [
                line.slice(0, line.indexOf(':')),
                line.slice(line.indexOf(':') + 1).trim(),
              ]),
          )
          if (fields.event !== 'webhook') continue
          events.push({
            id: Number(fields.id),
            eventId: (JSON.parse(fields.data) as { eventId: string }).eventId,
          })
        }
      }
    } catch {
      // The server went away (a crash) or stop() aborted: what was read stays in `events`.
    }
  })()
  return {
    events,
    ended,
    /** Resolves once `count` events were read (rejects after `timeoutMs`). */
    async waitFor(count: number, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs
      while (events.length < count) {
        if (Date.now() > deadline) throw new Error(`read ${events.length} of ${count} events`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    stop() {
      controller.abort()
      return ended
    },
  }
}
