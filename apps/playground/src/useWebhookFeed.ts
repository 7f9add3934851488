import { useEffect, useState } from 'react'
import type { WebhookEntry } from '../server/createWebhookInbox'

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
 * Follows `/api/webhooks/stream` (server-sent events). The server replays what it kept on connect
 * and resumes after `Last-Event-ID` on reconnect; entries are also keyed by `seq` here, so none
 * shows twice.
 */
export function useWebhookFeed(): WebhookFeed {
  const [entries, setEntries] = useState<WebhookEntry[]>([])
  const [connected, setConnected] = useState(false)
  const [everConnected, setEverConnected] = useState(false)
  useEffect(() => {
    const source = new EventSource('/api/webhooks/stream')
    source.onopen = () => {
      setConnected(true)
      setEverConnected(true)
    }
    source.onerror = () => setConnected(false)
    source.addEventListener('webhook', (message) => {
      const entry = JSON.parse((message as MessageEvent<string>).data) as WebhookEntry
      setEntries((current) =>
        current.some((item) => item.seq === entry.seq)
          ? current
          : [...current, entry].sort((a, b) => a.seq - b.seq),
      )
    })
    return () => source.close()
  }, [])
  return { entries, connected, everConnected }
}
