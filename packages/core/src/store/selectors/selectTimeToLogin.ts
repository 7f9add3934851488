import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'
import { summariesOf } from './summariesOf'
import { type LinkDurationStats, summarizeDurations } from './summarizeDurations'

const compute = /* @__PURE__ */ memoizeByInput((sessions: Record<string, LinkSessionSummary>) =>
  summarizeDurations(
    summariesOf(sessions)
      .filter((summary) => summary.loggedInAt !== null)
      .map((summary) => ({
        sessionId: summary.id,
        ms: (summary.loggedInAt as number) - (summary.shownAt ?? summary.openedAt),
      })),
  ),
)

/**
 * Time to login: for each session that logged in, the ms from the modal being shown (the `open`
 * event; the session start if it never came) to `login`, with the mean and median. Memoised on
 * `state.sessions`.
 *
 * @example
 * ```ts
 * const { median } = selectTimeToLogin(store.getState())
 * ```
 */
export function selectTimeToLogin(state: LinkEventState): LinkDurationStats {
  return compute(state.sessions)
}
