import { type EventLogView, eventsOf, viewOfArray } from './internal/eventLog'
import { type SessionTableVersion, sessionsOf, versionOfObject } from './internal/sessionTable'
import type { LinkEventRecord, LinkEventState, LinkSessionSummary } from './types'

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

/** Where a published state keeps its tip: a symbol, not `#tip`, which es2020 builds turn into a WeakMap. */
const tipKey = Symbol('tip')

/**
 * A published state: `events` and `sessions` are getters that build their plain values on first
 * read (once, then shared by every state holding the same view), so recording an event allocates
 * its record, its summary and this small object only. A class, not an object literal with
 * getters, which V8 creates about 50 times slower. The getters sit on the prototype, so a spread
 * of a state lacks them: use {@link plainState} for a copy.
 */
// Fields are `declare`d, assigned in the constructor: declared class fields would compile, for
// es2020 targets, into one defineProperty call per field per state.
class LinkEventStateObject {
  declare readonly [tipKey]: LinkEventTip
  declare dropped: number
  declare sessionIds: string[]
  declare droppedSessions: number
  declare lastSeq: number
  declare startSession: LinkEventState['startSession']
  declare record: LinkEventState['record']
  declare endSession: LinkEventState['endSession']
  declare clear: LinkEventState['clear']

  constructor(tip: LinkEventTip, scalars: LinkEventScalars, actions: LinkEventActions) {
    this[tipKey] = tip
    this.dropped = scalars.dropped
    this.sessionIds = scalars.sessionIds
    this.droppedSessions = scalars.droppedSessions
    this.lastSeq = scalars.lastSeq
    this.startSession = actions.startSession
    this.record = actions.record
    this.endSession = actions.endSession
    this.clear = actions.clear
  }

  get events(): LinkEventRecord[] {
    return eventsOf(this[tipKey].events)
  }

  get sessions(): Record<string, LinkSessionSummary> {
    return sessionsOf(this[tipKey].sessions)
  }
}

/** The state published for a tip. */
export function stateOf(
  tip: LinkEventTip,
  scalars: LinkEventScalars,
  actions: LinkEventActions,
): LinkEventState {
  return new LinkEventStateObject(tip, scalars, actions)
}

/** A plain-object copy of a state, `events` and `sessions` included (a spread would drop them). */
export function plainState(state: LinkEventState): LinkEventState {
  return { ...state, events: state.events, sessions: state.sessions }
}
