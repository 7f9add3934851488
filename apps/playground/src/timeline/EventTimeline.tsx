import { type LinkEventRecord, useLinkEventStore, usePinwheelEvents } from '@linkwheel/react'
import { type ReactNode, useState } from 'react'
import { downloadEvents } from './exportEvents'
import { SessionEvents } from './SessionEvents'

/** How many of the newest sessions start expanded; older ones start collapsed. */
const openByDefault = 2

/**
 * The live event timeline: every Link event recorded in the store, typed and labelled, grouped by
 * session (newest first), each session whole and collapsible; export as JSON or NDJSON.
 */
export function EventTimeline(): ReactNode {
  const events = usePinwheelEvents()
  const sessions = usePinwheelEvents((state) => state.sessions)
  const sessionIds = usePinwheelEvents((state) => state.sessionIds)
  const dropped = usePinwheelEvents((state) => state.dropped)
  const store = useLinkEventStore()
  const [showScreens, setShowScreens] = useState(false)
  const [toggled, setToggled] = useState<Record<string, boolean>>({})

  const bySession = new Map<string, LinkEventRecord[]>()
  for (const event of events) {
    const list = bySession.get(event.sessionId)
    if (list) list.push(event)
    else bySession.set(event.sessionId, [event])
  }
  const order = [...new Set([...sessionIds, ...bySession.keys()])].filter((id) => bySession.has(id))
  const newestFirst = order.map((id, position) => ({ id, index: position + 1 })).reverse()

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
            Screen changes
          </label>
          {(
            [
              ['Export JSON', () => downloadEvents(events, 'json')],
              ['Export NDJSON', () => downloadEvents(events, 'ndjson')],
              ['Clear', () => store.getState().clear()],
            ] as const
          ).map(([label, act]) => (
            <button
              key={label}
              type="button"
              className="secondary small"
              disabled={events.length === 0}
              onClick={act}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      {dropped > 0 && <p className="hint">{dropped} older events were dropped from the buffer.</p>}
      {newestFirst.length === 0 ? (
        <p className="empty">
          No event yet. Open Link: every event it sends shows here, as it happens.
        </p>
      ) : (
        newestFirst.map(({ id, index }, rank) => {
          const expanded = toggled[id] ?? rank < openByDefault
          return (
            <SessionEvents
              key={id}
              session={sessions[id]}
              events={bySession.get(id) ?? []}
              index={index}
              showScreens={showScreens}
              expanded={expanded}
              onToggle={() => setToggled((current) => ({ ...current, [id]: !expanded }))}
            />
          )
        })
      )}
    </section>
  )
}
