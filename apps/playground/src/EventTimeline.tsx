import {
  type LinkEventRecord,
  type LinkSessionSummary,
  useLinkEventStore,
  usePinwheelEvents,
} from '@linkwheel/react'
import { useId, useState } from 'react'
import { describeEvent } from './describeEvent'
import { downloadEvents } from './exportEvents'
import { formatClock, formatDuration } from './formatTime'
import { JsonDetails } from './JsonDetails'

const statusTone: Record<LinkSessionSummary['status'], string> = {
  opening: 'pill-muted',
  open: 'pill-info',
  succeeded: 'pill-ok',
  exited: 'pill-warn',
  errored: 'pill-error',
  closed: 'pill-muted',
}

function SessionEvents({
  session,
  events,
  index,
  showScreens,
}: {
  session: LinkSessionSummary | undefined
  events: readonly LinkEventRecord[]
  index: number
  showScreens: boolean
}) {
  const titleId = useId()
  const first = events[0]
  const start = session?.openedAt ?? first?.at ?? 0
  const shown = showScreens ? events : events.filter((event) => event.name !== 'screen_transition')
  return (
    <section
      className="session"
      aria-labelledby={titleId}
      data-session-status={session?.status ?? 'unknown'}
    >
      <h3 id={titleId}>
        Session {index}
        {session && (
          <>
            {' '}
            <span className="pill pill-muted">
              {session.mode === 'on_demand_update' ? 'On Demand Update' : 'connect'}
            </span>{' '}
            <span className={`pill ${statusTone[session.status]}`}>{session.status}</span>
          </>
        )}
        <span className="meta">
          {' '}
          · {formatClock(start)} · {events.length} events
        </span>
      </h3>
      <ol className="events" aria-label={`Events of session ${index}`}>
        {shown.map((event) => {
          const description = describeEvent(event)
          return (
            <li
              key={event.id}
              className={`event tone-${description.tone}`}
              data-event-name={event.name}
            >
              <span className="offset" title={new Date(event.at).toISOString()}>
                +{formatDuration(event.at - start)}
              </span>
              <code className="event-name">{event.name}</code>
              <span className="label">{description.label}</span>
              {description.detail && <span className="detail">{description.detail}</span>}
              <JsonDetails value={event.payload} />
            </li>
          )
        })}
      </ol>
    </section>
  )
}

/**
 * The live event timeline: every Link event recorded in the store, typed and labelled, grouped by
 * session (newest first), with an expandable payload; export as JSON or NDJSON.
 */
export function EventTimeline() {
  const events = usePinwheelEvents()
  const sessions = usePinwheelEvents((state) => state.sessions)
  const sessionIds = usePinwheelEvents((state) => state.sessionIds)
  const dropped = usePinwheelEvents((state) => state.dropped)
  const store = useLinkEventStore()
  const [showScreens, setShowScreens] = useState(true)

  const bySession = new Map<string, LinkEventRecord[]>()
  for (const event of events) {
    const list = bySession.get(event.sessionId)
    if (list) list.push(event)
    else bySession.set(event.sessionId, [event])
  }
  const order = [...new Set([...sessionIds, ...bySession.keys()])].filter((id) => bySession.has(id))

  return (
    <section className="panel timeline" aria-labelledby="timeline-title">
      <header className="panel-header">
        <h2 id="timeline-title">Event timeline</h2>
        <div className="toolbar">
          <label className="check">
            <input
              type="checkbox"
              checked={showScreens}
              onChange={(e) => setShowScreens(e.target.checked)}
            />
            Screens
          </label>
          <button
            type="button"
            className="secondary small"
            disabled={events.length === 0}
            onClick={() => downloadEvents(events, 'json')}
          >
            Export JSON
          </button>
          <button
            type="button"
            className="secondary small"
            disabled={events.length === 0}
            onClick={() => downloadEvents(events, 'ndjson')}
          >
            Export NDJSON
          </button>
          <button
            type="button"
            className="secondary small"
            disabled={events.length === 0}
            onClick={() => store.getState().clear()}
          >
            Clear
          </button>
        </div>
      </header>
      {dropped > 0 && <p className="hint">{dropped} older events were dropped from the buffer.</p>}
      {order.length === 0 ? (
        <p className="empty">
          No event yet. Open Link: every event it sends shows here, as it happens.
        </p>
      ) : (
        order
          .map((id, position) => ({ id, index: position + 1 }))
          .reverse()
          .map(({ id, index }) => (
            <SessionEvents
              key={id}
              session={sessions[id]}
              events={bySession.get(id) ?? []}
              index={index}
              showScreens={showScreens}
            />
          ))
      )}
    </section>
  )
}
