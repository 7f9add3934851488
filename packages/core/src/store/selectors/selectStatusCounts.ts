import type { LinkEventState, LinkSessionStatus, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'
import { summariesOf } from './summariesOf'

/** How many sessions have each status, and how many of the exits came after an error. */
export type LinkStatusCounts = Record<LinkSessionStatus, number> & {
  /**
   * Of the `exited` sessions, those whose exit carried an error: the user saw an error (a
   * mistyped password, say) and chose to leave. Not counted as `errored`, where Link ended the
   * flow.
   */
  exitedAfterError: number
}

const compute = /* @__PURE__ */ memoizeByInput(
  (sessions: Record<string, LinkSessionSummary>): LinkStatusCounts => {
    const counts: LinkStatusCounts = {
      opening: 0,
      open: 0,
      succeeded: 0,
      exited: 0,
      errored: 0,
      closed: 0,
      exitedAfterError: 0,
    }
    for (const summary of summariesOf(sessions)) {
      counts[summary.status]++
      if (summary.status === 'exited' && summary.exitError) counts.exitedAfterError++
    }
    return counts
  },
)

/**
 * Sessions by status (the store's one vocabulary: `opening`, `open`, `succeeded`, `exited`,
 * `errored`, `closed`), with `exitedAfterError` telling users who left after an error apart from
 * sessions an error ended. Memoised on `state.sessions`.
 *
 * @example
 * ```ts
 * const { errored, exitedAfterError } = selectStatusCounts(store.getState())
 * ```
 */
export function selectStatusCounts(state: LinkEventState): LinkStatusCounts {
  return compute(state.sessions)
}
