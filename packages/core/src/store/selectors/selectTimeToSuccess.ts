import type { LinkEventState, LinkSessionSummary } from '../types'
import { durationsTo } from './durationsTo'
import { memoizeByInput } from './memoizeByInput'
import type { LinkDurationStats } from './summarizeDurations'

const compute = /* @__PURE__ */ memoizeByInput((sessions: Record<string, LinkSessionSummary>) =>
  durationsTo(sessions, 'succeededAt'),
)

/**
 * Time to success: for each session with a `success`, the ms from the modal being shown (the
 * `open` event; the session start if it never came) to its first `success`, with the mean and
 * median. Memoised on `state.sessions`.
 *
 * @example
 * ```ts
 * const { mean, count } = selectTimeToSuccess(store.getState())
 * ```
 */
export function selectTimeToSuccess(state: LinkEventState): LinkDurationStats {
  return compute(state.sessions)
}
