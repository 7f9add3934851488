import { eventsOf } from './internal/eventLog'
import { sessionsOf } from './internal/sessionTable'
import type { LinkEventTip } from './linkEventTip'
import type { LinkEventState } from './types'

/** The action methods every published state carries (the same functions in every state). */
export type LinkEventActions = Pick<
  LinkEventState,
  'startSession' | 'record' | 'recordMany' | 'endSession' | 'clear' | 'ingest'
>

/** The plain, non-derived fields of a published state. */
export type LinkEventScalars = Pick<
  LinkEventState,
  'dropped' | 'sessionIds' | 'droppedSessions' | 'lastSeq'
>

/**
 * A state object whose `events` and `sessions` are built on first read (once, then shared by the
 * states that hold the same view): recording an event allocates the record and its summary only.
 */
export function makeLinkEventState(
  tip: LinkEventTip,
  scalars: LinkEventScalars,
  actions: LinkEventActions,
): LinkEventState {
  const { events, sessions } = tip
  return {
    get events() {
      return eventsOf(events)
    },
    get sessions() {
      return sessionsOf(sessions)
    },
    dropped: scalars.dropped,
    sessionIds: scalars.sessionIds,
    droppedSessions: scalars.droppedSessions,
    lastSeq: scalars.lastSeq,
    startSession: actions.startSession,
    record: actions.record,
    recordMany: actions.recordMany,
    endSession: actions.endSession,
    clear: actions.clear,
    ingest: actions.ingest,
  }
}
