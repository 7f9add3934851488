import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'
import { summariesOf } from './summariesOf'

/** The funnel steps, in order; `allocationSubmitted` is a step of switch sessions only. */
export const linkFunnelSteps = [
  'opened',
  'employerChosen',
  'loginAttempted',
  'loggedIn',
  'allocationSubmitted',
  'succeeded',
] as const

/** One step of the Link funnel. */
export type LinkFunnelStepName = (typeof linkFunnelSteps)[number]

/** How many sessions reached one step. */
export interface LinkFunnelStep {
  /** The step. */
  step: LinkFunnelStepName
  /** Sessions that reached this step. */
  sessions: number
  /** `sessions` ÷ the previous step's `sessions` (1 for `opened`; 0 when the previous is 0). */
  conversion: number
  /** `sessions` ÷ the `opened` step's `sessions` (0 when none opened). */
  overall: number
}

/** A funnel over a set of sessions. */
export interface LinkFunnel {
  /**
   * The steps in order: all six for `switch`; the others leave out `allocationSubmitted`, which
   * read-only sessions never pass.
   */
  steps: LinkFunnelStep[]
  /**
   * Sessions by step, the same numbers as `steps`; `allocationSubmitted` counts the switch
   * sessions of this set that submitted one (0 for `readOnly`).
   */
  counts: Record<LinkFunnelStepName, number>
}

/** The funnel over all sessions, and over slices of them. */
export interface LinkFunnels {
  /** Every session. */
  all: LinkFunnel
  /** Sessions that must complete a switch (`direct_deposit_switch` or `card_switch`). */
  switch: LinkFunnel
  /** Sessions with read-only jobs only (income, employment, …): success comes at login. */
  readOnly: LinkFunnel
  /** Sessions whose mode is `connect`. */
  connect: LinkFunnel
  /** Sessions whose mode is `on_demand_update`. */
  onDemandUpdate: LinkFunnel
}

const readOnlySteps = linkFunnelSteps.filter((step) => step !== 'allocationSubmitted')

/**
 * The index of the furthest step the session reached, -1 if it never opened: it passed every step
 * before it (a funnel never grows). Read-only sessions never reach `allocationSubmitted`.
 */
function furthestStep(summary: LinkSessionSummary): number {
  if (summary.succeededAt !== null) return 5
  if (summary.switchJob && summary.allocation !== null) return 4
  if (summary.loggedInAt !== null) return 3
  if (summary.loginAttemptAt !== null) return 2
  // On Demand Update sessions have no search step: an opened one has passed it by design.
  const onDemand = summary.mode === 'on_demand_update' && summary.shownAt !== null
  if (summary.employer !== null || summary.platform !== null || onDemand) return 1
  return summary.shownAt === null ? -1 : 0
}

const computeFunnels = /* @__PURE__ */ memoizeByInput(
  (sessions: Record<string, LinkSessionSummary>): LinkFunnels => {
    // Sessions per group (bit 1: On Demand Update, bit 0: read-only) and per furthest step, as
    // counts at every step they passed: group * 6 + step.
    const passed: number[] = Array(24).fill(0)
    for (const summary of summariesOf(sessions)) {
      const group = (summary.mode === 'on_demand_update' ? 2 : 0) + (summary.switchJob ? 0 : 1)
      for (let step = furthestStep(summary); step >= 0; step--)
        (passed[group * 6 + step] as number)++
    }
    const funnel = (groups: number[], withAllocation = false): LinkFunnel => {
      const counts = {} as Record<LinkFunnelStepName, number>
      linkFunnelSteps.forEach((step, index) => {
        // Only switch sessions (bit 0 clear) count at `allocationSubmitted`.
        counts[step] = groups.reduce(
          (sum, group) =>
            index === 4 && group & 1 ? sum : sum + (passed[group * 6 + index] as number),
          0,
        )
      })
      const names = withAllocation ? linkFunnelSteps : readOnlySteps
      const steps = names.map((step, index): LinkFunnelStep => {
        const sessions = counts[step]
        const previous = index ? counts[names[index - 1] as LinkFunnelStepName] : sessions
        return {
          step,
          sessions,
          conversion: previous ? sessions / previous : 0,
          overall: counts.opened ? sessions / counts.opened : 0,
        }
      })
      return { steps, counts }
    }
    return {
      all: funnel([0, 1, 2, 3]),
      switch: funnel([0, 2], true),
      readOnly: funnel([1, 3]),
      connect: funnel([0, 1]),
      onDemandUpdate: funnel([2, 3]),
    }
  },
)

/**
 * The Link funnel across sessions: opened → employer chosen → login attempted → logged in →
 * (allocation submitted, for switch sessions) → succeeded, with counts and conversions, for all
 * sessions and per slice. Job-aware: a session whose token asks for a switch (or that reached a
 * switch step) succeeds only when the switch succeeds, so a user who logs in (a read-only job
 * succeeds there) and then closes Link on the amount screen has not succeeded; read-only sessions
 * never pass `allocationSubmitted`.
 *
 * Counting rules (a funnel never grows from one step to the next):
 * - a session counts at a step when it reached that step or any later one of its kind;
 * - On Demand Update sessions skip employer search by design: once opened they count as having
 *   passed "employer chosen";
 * - "opened" means Link showed the modal; sessions that never opened are not in the funnel.
 *
 * Memoised on `state.sessions`; the previous object is returned while the numbers are unchanged.
 *
 * @example
 * ```ts
 * const { switch: switches } = selectFunnel(store.getState())
 * switches.counts.succeeded / switches.counts.opened
 * ```
 */
export function selectFunnel(state: LinkEventState): LinkFunnels {
  return computeFunnels(state.sessions)
}
