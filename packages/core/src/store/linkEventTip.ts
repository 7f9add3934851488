import { type EventLogView, viewOfArray } from './internal/eventLog'
import { type SessionTableVersion, versionOfObject } from './internal/sessionTable'
import type { LinkEventState, LinkSessionSummary } from './types'

/** The internal views behind a published state, plus a mutable index of the newest summaries. */
export interface LinkEventTip {
  events: EventLogView
  sessions: SessionTableVersion
  map: Map<string, LinkSessionSummary>
}

/** The tip of an empty store (and of one just cleared). */
export function emptyTip(): LinkEventTip {
  return { events: viewOfArray([]), sessions: versionOfObject({}), map: new Map() }
}

/** Rebuilds the tip from a plain state, e.g. one set from outside the actions or restored. */
export function tipOfPlainState(state: LinkEventState): LinkEventTip {
  const map = new Map<string, LinkSessionSummary>()
  for (const id of Object.keys(state.sessions)) {
    map.set(id, state.sessions[id] as LinkSessionSummary)
  }
  return {
    events: viewOfArray(state.events),
    sessions: versionOfObject(state.sessions),
    map,
  }
}
