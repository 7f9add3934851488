import type { LinkEventRecord, LinkSessionSummary } from '@linkwheel/react'
import { type ReactNode, useId } from 'react'
import { formatClock, formatDuration } from '../formatTime'
import { JsonDetails } from '../JsonDetails'
import { describeEvent } from './describeEvent'

const statusTone: Record<LinkSessionSummary['status'], string> = {
  opening: 'pill-muted',
  open: 'pill-info',
  succeeded: 'pill-ok',
  exited: 'pill-warn',
  errored: 'pill-error',
  closed: 'pill-muted',
}

/** Events a collapsed session still shows: how it started, logged in, succeeded, failed, ended. */
const milestones = new Set(['open', 'login', 'success', 'error', 'exit'])

/** Props of {@link SessionEvents}. */
export interface SessionEventsProps {
  /** The store's summary of the session, if it has one. */
  session: LinkSessionSummary | undefined
  /** Its events, oldest first. */
  events: readonly LinkEventRecord[]
  /** 1 for the first session on the page. */
  index: number
  /** Whether to list `screen_transition` events. */
  showScreens: boolean
  /** Whether every event is listed, or only the milestones and the last event. */
  expanded: boolean
  /** Flips {@link SessionEventsProps.expanded}. */
  onToggle: () => void
}

/**
 * One session of the timeline, whole: no height cap, so its ending is always on the page. Collapsed,
 * it keeps the milestones (open, login, success, error, exit) and its last event.
 */
export function SessionEvents({
  session,
  events,
  index,
  showScreens,
  expanded,
  onToggle,
}: SessionEventsProps): ReactNode {
  const titleId = useId()
  const listId = useId()
  const start = session?.openedAt ?? events[0]?.at ?? 0
  const last = events.at(-1)
  const listed = events.filter(
    (event) => showScreens || event.name !== 'screen_transition' || event === last,
  )
  const shown = expanded
    ? listed
    : listed.filter((event) => milestones.has(event.name) || event === last)
  const hidden = listed.length - shown.length
  const lasted = last ? formatDuration(last.at - start) : null

  return (
    <section
      className="session"
      aria-labelledby={titleId}
      data-session-status={session?.status ?? 'unknown'}
      data-expanded={expanded}
    >
      <div className="session-header">
        <h3 id={titleId}>Session {index}</h3>
        {session && (
          <>
            <span className="pill pill-muted">
              {session.mode === 'on_demand_update' ? 'On Demand Update' : 'connect'}
            </span>
            <span className={`pill ${statusTone[session.status]}`}>{session.status}</span>
          </>
        )}
        <span className="meta">
          {formatClock(start)} · {events.length} events{lasted && ` · ${lasted}`}
        </span>
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={onToggle}
        >
          {expanded ? 'Collapse' : `Show all ${listed.length}`}
        </button>
      </div>
      <ol id={listId} className="events" aria-label={`Events of session ${index}`}>
        {shown.map((event, position) => {
          const description = describeEvent(event)
          const gap =
            !expanded &&
            position > 0 &&
            listed.indexOf(event) > listed.indexOf(shown[position - 1]!) + 1
          return (
            <li
              key={event.id}
              className={`event tone-${description.tone}${gap ? ' after-gap' : ''}`}
              data-event-name={event.name}
              data-ending={event === last ? '' : undefined}
            >
              <span className="offset" title={new Date(event.at).toISOString()}>
                +{formatDuration(event.at - start)}
              </span>
              <code className="event-name">{event.name}</code>
              <span className="what">
                <span className="label">{description.label}</span>
                {description.detail && <span className="detail">{description.detail}</span>}
              </span>
              <JsonDetails value={event.payload} />
            </li>
          )
        })}
      </ol>
      {!expanded && hidden > 0 && (
        <p className="meta">
          {hidden} more event{hidden === 1 ? '' : 's'} folded away.
        </p>
      )}
    </section>
  )
}
