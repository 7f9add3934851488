import { useEffect, useState } from 'react'
import type { WebhookEntry } from '../server/createWebhookInbox'
import { followWebhookStream } from './followWebhookStream'

/** The live webhook log: entries in arrival order and whether the stream is connected. */
export interface WebhookFeed {
  /** Verified, deduplicated webhooks, oldest first. */
  entries: WebhookEntry[]
  /** `true` while the server-sent events stream is open. */
  connected: boolean
  /** `true` once the stream has opened (a later `false` means it dropped). */
  everConnected: boolean
}

/**
 * Follows `/api/webhooks/stream` (server-sent events, see {@link followWebhookStream}). The server
 * replays what it kept on connect and resumes after `Last-Event-ID` (or `?after=`) on reconnect;
 * entries are also keyed by `seq` here, so none shows twice.
 */
export function useWebhookFeed(): WebhookFeed {
  const [entries, setEntries] = useState<WebhookEntry[]>([])
  const [connected, setConnected] = useState(false)
  const [everConnected, setEverConnected] = useState(false)
  useEffect(
    () =>
      followWebhookStream({
        connect: (url) => new EventSource(url),
        onConnected: (open) => {
          setConnected(open)
          if (open) setEverConnected(true)
        },
        onEntry: (entry) =>
          setEntries((current) =>
            current.some((item) => item.seq === entry.seq)
              ? current
              : [...current, entry].sort((a, b) => a.seq - b.seq),
          ),
      }),
    [],
  )
  return { entries, connected, everConnected }
}
