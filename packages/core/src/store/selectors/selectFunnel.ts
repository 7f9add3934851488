import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'

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

/** Whether the session did what a step means (earlier steps passed are implied by later ones). */
function did(summary: LinkSessionSummary, step: LinkFunnelStepName): boolean {
  switch (step) {
    case 'opened':
      return summary.shownAt !== null
    case 'employerChosen':
      // On Demand Update sessions have no search step: an opened one has passed it by design.
      return (
        summary.employer !== null ||
        summary.platform !== null ||
        (summary.mode === 'on_demand_update' && summary.shownAt !== null)
      )
    case 'loginAttempted':
      return summary.loginAttemptAt !== null
    case 'loggedIn':
      return summary.loggedInAt !== null
    case 'allocationSubmitted':
      return summary.allocation !== null
    case 'succeeded':
      return summary.succeededAt !== null
  }
}

function emptyCounts(): Record<LinkFunnelStepName, number> {
  const counts = {} as Record<LinkFunnelStepName, number>
  for (const step of linkFunnelSteps) counts[step] = 0
  return counts
}

function funnelOf(
  counts: Record<LinkFunnelStepName, number>,
  names: readonly LinkFunnelStepName[],
): LinkFunnel {
  const opened = counts.opened
  const steps = names.map((step, index) => {
    const sessions = counts[step]
    const previous = index === 0 ? sessions : counts[names[index - 1] as LinkFunnelStepName]
    return {
      step,
      sessions,
      conversion: previous === 0 ? 0 : sessions / previous,
      overall: opened === 0 ? 0 : sessions / opened,
    }
  })
  return { steps, counts }
}

const computeFunnels = /* @__PURE__ */ memoizeByInput(
  (sessions: Record<string, LinkSessionSummary>): LinkFunnels => {
    const all = emptyCounts()
    const slices = {
      switch: emptyCounts(),
      readOnly: emptyCounts(),
      connect: emptyCounts(),
      onDemandUpdate: emptyCounts(),
    }
    for (const id in sessions) {
      const summary = sessions[id] as LinkSessionSummary
      const steps = summary.switchJob ? linkFunnelSteps : readOnlySteps
      // The furthest step it did; it passed every step before it (a funnel never grows).
      let furthest = steps.length - 1
      while (furthest >= 0 && !did(summary, steps[furthest] as LinkFunnelStepName)) furthest--
      const into = [
        all,
        summary.switchJob ? slices.switch : slices.readOnly,
        summary.mode === 'on_demand_update' ? slices.onDemandUpdate : slices.connect,
      ]
      for (let i = 0; i <= furthest; i++) {
        for (const counts of into) counts[steps[i] as LinkFunnelStepName]++
      }
    }
    return {
      all: funnelOf(all, readOnlySteps),
      switch: funnelOf(slices.switch, linkFunnelSteps),
      readOnly: funnelOf(slices.readOnly, readOnlySteps),
      connect: funnelOf(slices.connect, readOnlySteps),
      onDemandUpdate: funnelOf(slices.onDemandUpdate, readOnlySteps),
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
