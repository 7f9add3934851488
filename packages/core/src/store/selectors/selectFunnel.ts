import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'

/** The funnel steps, in order. */
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
  /** The six steps in order. */
  steps: LinkFunnelStep[]
  /** Sessions by step, the same numbers as `steps`. */
  counts: Record<LinkFunnelStepName, number>
}

/** The funnel over all sessions, and over each mode on its own. */
export interface LinkFunnels {
  /** Every session. */
  all: LinkFunnel
  /** Sessions whose mode is `connect`. */
  connect: LinkFunnel
  /** Sessions whose mode is `on_demand_update`. */
  onDemandUpdate: LinkFunnel
}

/** How far a session got: the index of the furthest step it reached, or -1. */
function furthestStep(summary: LinkSessionSummary): number {
  if (summary.succeededAt !== null) return 5
  if (summary.allocation !== null) return 4
  if (summary.loggedInAt !== null) return 3
  if (summary.loginAttemptAt !== null) return 2
  if (summary.employer !== null || summary.platform !== null) return 1
  if (summary.shownAt === null) return -1
  // On Demand Update sessions have no search step: an opened one has passed it by design.
  return summary.mode === 'on_demand_update' ? 1 : 0
}

function funnelOf(reached: number[]): LinkFunnel {
  const counts = {} as Record<LinkFunnelStepName, number>
  const steps: LinkFunnelStep[] = linkFunnelSteps.map((step, index) => {
    const sessions = reached.filter((furthest) => furthest >= index).length
    counts[step] = sessions
    return { step, sessions, conversion: 0, overall: 0 }
  })
  const opened = steps[0]?.sessions ?? 0
  for (const [index, step] of steps.entries()) {
    const previous = index === 0 ? step.sessions : (steps[index - 1]?.sessions ?? 0)
    step.conversion = previous === 0 ? 0 : step.sessions / previous
    step.overall = opened === 0 ? 0 : step.sessions / opened
  }
  return { steps, counts }
}

const computeFunnels = /* @__PURE__ */ memoizeByInput(
  (sessions: Record<string, LinkSessionSummary>): LinkFunnels => {
    const all: number[] = []
    const connect: number[] = []
    const onDemandUpdate: number[] = []
    for (const summary of Object.values(sessions)) {
      const furthest = furthestStep(summary)
      all.push(furthest)
      ;(summary.mode === 'on_demand_update' ? onDemandUpdate : connect).push(furthest)
    }
    return {
      all: funnelOf(all),
      connect: funnelOf(connect),
      onDemandUpdate: funnelOf(onDemandUpdate),
    }
  },
)

/**
 * The Link funnel across sessions: opened → employer chosen → login attempted → logged in →
 * allocation submitted → succeeded, with counts and conversions, for all sessions and per mode.
 *
 * Counting rules (a funnel never grows from one step to the next):
 * - a session counts at a step when it reached that step or any later one; e.g. a `login` without
 *   a `login_attempt` (On Demand Update without MFA) passed "login attempted", and a read-only job
 *   that succeeded at login passed "allocation submitted";
 * - On Demand Update sessions skip employer search by design: once opened they count as having
 *   passed "employer chosen", so they do not show up as a drop-off there. `onDemandUpdate` shows
 *   them on their own; `all` mixes both modes under the same rule;
 * - "opened" means Link showed the modal (an `open` event, or any later step); sessions that
 *   never opened are not in the funnel.
 *
 * Memoised on `state.sessions`; the previous object is returned while the numbers are unchanged.
 *
 * @example
 * ```ts
 * const { all } = selectFunnel(store.getState())
 * all.counts.succeeded / all.counts.opened
 * ```
 */
export function selectFunnel(state: LinkEventState): LinkFunnels {
  return computeFunnels(state.sessions)
}
