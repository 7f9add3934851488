import type { LinkEventState, LinkSessionSummary } from '../types'
import { isDeepEqual } from './memoizeByInput'

const cache = new WeakMap<string[], WeakMap<object, LinkSessionSummary[]>>()
let last: LinkSessionSummary[] | undefined

/**
 * Every session summary, in the order the sessions started. Memoised on `state.sessionIds` and
 * `state.sessions`, and the previous array is returned while its content is unchanged.
 *
 * @example
 * ```ts
 * const sessions = useStore(store, selectSessions)
 * ```
 */
export function selectSessions(state: LinkEventState): LinkSessionSummary[] {
  let bySessions = cache.get(state.sessionIds)
  if (!bySessions) {
    bySessions = new WeakMap()
    cache.set(state.sessionIds, bySessions)
  }
  let result = bySessions.get(state.sessions)
  if (!result) {
    result = []
    for (const id of state.sessionIds) {
      const summary = state.sessions[id]
      if (summary) result.push(summary)
    }
    if (last && isDeepEqual(last, result)) result = last
    bySessions.set(state.sessions, result)
  }
  last = result
  return result
}
