import { type EventLogView, eventsOf, viewOfArray } from './internal/eventLog'
import { type SessionTableVersion, sessionsOf, versionOfObject } from './internal/sessionTable'
import type { LinkEventState, LinkSessionSummary } from './types'

/** The internal views behind a published state, plus a mutable index of the newest summaries. */
export interface LinkEventTip {
  events: EventLogView
  sessions: SessionTableVersion
  map: Map<string, LinkSessionSummary>
}

/** The plain fields of a state that are neither `events` nor `sessions`. */
export type LinkEventScalars = Pick<
  LinkEventState,
  'dropped' | 'sessionIds' | 'droppedSessions' | 'lastSeq'
>

/** The actions, the same functions in every state of a store. */
export type LinkEventActions = Pick<
  LinkEventState,
  'startSession' | 'record' | 'endSession' | 'clear'
>

/** The tip of an empty store (and of one just cleared). */
export function emptyTip(): LinkEventTip {
  return { events: viewOfArray([]), sessions: versionOfObject(Object.create(null)), map: new Map() }
}

/** Rebuilds the tip from a plain state, e.g. one set with `setState` or restored from storage. */
export function tipOfPlainState(state: LinkEventState): LinkEventTip {
  const map = new Map<string, LinkSessionSummary>()
  const sessions: Record<string, LinkSessionSummary> = Object.create(null)
  for (const id of Object.keys(state.sessions)) {
    const summary = state.sessions[id] as LinkSessionSummary
    map.set(id, summary)
    sessions[id] = summary
  }
  return { events: viewOfArray(state.events), sessions: versionOfObject(sessions), map }
}

/**
 * A state whose `events` and `sessions` are built on first read (once, then shared by every state
 * holding the same view): recording an event allocates its record and its summary only, however
 * many records and sessions the store holds.
 */
export function stateOf(
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
    ...scalars,
    ...actions,
  }
}
