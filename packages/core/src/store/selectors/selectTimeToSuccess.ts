import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'
import { summariesOf } from './summariesOf'
import {
  type LinkDurationStats,
  type LinkSessionDuration,
  summarizeDurations,
} from './summarizeDurations'

/** Time to success of the sessions (job-aware), and per job. */
export interface LinkTimeToSuccess extends LinkDurationStats {
  /**
   * Per job (`direct_deposit_switch`, `card_switch`, `login` for read-only jobs, …): the time to
   * that job's first `success` in each session that had one. A null-prototype object.
   */
  byJob: Record<string, LinkDurationStats>
}

const compute = /* @__PURE__ */ memoizeByInput(
  (sessions: Record<string, LinkSessionSummary>): LinkTimeToSuccess => {
    const all: LinkSessionDuration[] = []
    const jobs = new Map<string, LinkSessionDuration[]>()
    for (const summary of summariesOf(sessions)) {
      const from = summary.shownAt ?? summary.openedAt
      if (summary.succeededAt !== null) {
        all.push({ sessionId: summary.id, ms: summary.succeededAt - from })
      }
      for (const { job, at } of summary.jobsSucceeded) {
        const list = jobs.get(job) ?? []
        list.push({ sessionId: summary.id, ms: at - from })
        jobs.set(job, list)
      }
    }
    const byJob: Record<string, LinkDurationStats> = Object.create(null)
    for (const [job, durations] of jobs) byJob[job] = summarizeDurations(durations)
    return { ...summarizeDurations(all), byJob }
  },
)

/**
 * Time to success: for each session that succeeded, the ms from the modal being shown (the `open`
 * event; the session start if it never came) to when it did what it was for (its switch job for
 * a switch session, not the read-only job that succeeded at login), with the mean and median;
 * `byJob` gives the same per job. Memoised on `state.sessions`.
 *
 * @example
 * ```ts
 * const { median, byJob } = selectTimeToSuccess(store.getState())
 * byJob.direct_deposit_switch?.median
 * ```
 */
export function selectTimeToSuccess(state: LinkEventState): LinkTimeToSuccess {
  return compute(state.sessions)
}
