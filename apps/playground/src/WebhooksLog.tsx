import type { ReactNode } from 'react'
import type { WebhookEntry } from '../server/createWebhookInbox'
import { formatClock } from './formatTime'
import { JsonDetails } from './JsonDetails'

/** Props of {@link WebhooksLog}. */
export interface WebhooksLogProps {
  /** Verified, deduplicated webhooks, oldest first. */
  entries: readonly WebhookEntry[]
  /** Whether the live stream is connected. */
  connected: boolean
  /** Whether it was connected at least once. @default connected */
  everConnected?: boolean
}

function outcomeOf(entry: WebhookEntry): string | null {
  const outcome = entry.payload.outcome
  return typeof outcome === 'string' ? outcome : null
}

/** The webhooks the backend received, verified and deduplicated, newest first, live. */
export function WebhooksLog({
  entries,
  connected,
  everConnected = connected,
}: WebhooksLogProps): ReactNode {
  const newestFirst = [...entries].reverse()
  return (
    <section className="panel webhooks" aria-labelledby="webhooks-title">
      <header className="panel-header">
        <h2 id="webhooks-title">Webhooks</h2>
        <span className={`pill ${connected ? 'pill-ok' : 'pill-warn'}`} role="status">
          {connected ? 'live' : everConnected ? 'reconnecting…' : 'connecting…'}
        </span>
      </header>
      <p className="hint">
        Signed by the mock API, verified by this backend (<code>verifyWebhookSignature</code>),
        deduplicated by <code>event_id</code>.
      </p>
      {!connected && (
        <p className="hint">
          {everConnected
            ? 'The live stream dropped; reconnecting. If this stays, check that pnpm dev is still running.'
            : 'Connecting to the live webhook stream…'}
        </p>
      )}
      {newestFirst.length === 0 ? (
        <p className="empty">
          No webhook yet. Connect an account to receive account.added and job webhooks.
        </p>
      ) : (
        <ol className="webhook-list" aria-label="Received webhooks">
          {newestFirst.map((entry) => {
            const outcome = outcomeOf(entry)
            const accountId = entry.payload.account_id
            return (
              <li key={entry.eventId} className="webhook" data-event={entry.event}>
                <div className="row">
                  <time dateTime={entry.receivedAt}>{formatClock(entry.receivedAt)}</time>
                  <code className="event-name">{entry.event}</code>
                  {outcome && (
                    <span className={`pill ${outcome === 'success' ? 'pill-ok' : 'pill-error'}`}>
                      {outcome}
                    </span>
                  )}
                  {entry.deliveries > 1 && (
                    <span
                      className="pill pill-muted"
                      title="Repeated deliveries of this event_id were dropped"
                    >
                      {entry.deliveries} deliveries, 1 kept
                    </span>
                  )}
                </div>
                {typeof accountId === 'string' && <div className="meta">account {accountId}</div>}
                <JsonDetails
                  value={{ event: entry.event, event_id: entry.eventId, payload: entry.payload }}
                />
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
