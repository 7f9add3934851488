import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'
import { summariesOf } from './summariesOf'

/** Error counts by code (e.g. `invalidCredentials`); a null-prototype object, any code is safe. */
export type LinkErrorsByCode = Record<string, number>

const compute = /* @__PURE__ */ memoizeByInput((sessions: Record<string, LinkSessionSummary>) => {
  // No prototype: a code such as "constructor" or "__proto__" is counted like any other.
  const counts: LinkErrorsByCode = Object.create(null)
  for (const summary of summariesOf(sessions)) {
    for (const error of summary.errors) counts[error.code] = (counts[error.code] ?? 0) + 1
  }
  return counts
})

/**
 * How many errors with each code the sessions showed (from their summaries; an exit repeating the
 * last error counts once). Memoised on `state.sessions`.
 *
 * @example
 * ```ts
 * selectErrorsByCode(store.getState()).invalidCredentials ?? 0
 * ```
 */
export function selectErrorsByCode(state: LinkEventState): LinkErrorsByCode {
  return compute(state.sessions)
}
