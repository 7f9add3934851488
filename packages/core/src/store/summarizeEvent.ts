import type { PinwheelError } from '../events/PinwheelEventPayloads'
import { isSwitchJob } from './createSessionSummary'
import { isTerminalStatus } from './isTerminalStatus'
import type { LinkEventRecord, LinkSelection, LinkSessionSummary } from './types'

// Screens On Demand Update sessions never show (search, provider confirmation): a connect flow.
const searchScreen = /^(SEARCH_|PROVIDER_CONFIRMATION$)/
// The amount screens of a switch: a session that shows one must complete a switch to succeed.
const switchScreen = /^DD_(AMOUNT_SELECTION|CONFIRMATION)$/

/** The fields of a payload that name an employer or a platform (`select_*`, `screen_transition`). */
interface Selecting {
  selectedEmployerId?: string
  selectedEmployerName?: string
  selectedPlatformId?: string
  selectedPlatformName?: string
}

/**
 * The summary after one more record of its session. Returns a new object; never mutates. Owns the
 * store's rules: when a session succeeded (job-aware), errored or exited, and where it was.
 */
export function summarizeEvent(
  summary: LinkSessionSummary,
  record: LinkEventRecord,
): LinkSessionSummary {
  const next: LinkSessionSummary = { ...summary, eventCount: summary.eventCount + 1 }
  const at = record.at
  switch (record.name) {
    case 'open':
      next.shownAt ??= at
      if (next.status === 'opening') next.status = 'open'
      break
    case 'screen_transition': {
      const screen = record.payload.screenName
      next.lastScreen = screen
      if (screen !== 'EXIT_CONFIRMATION') next.lastTaskScreen = screen
      next.switchJob ||= switchScreen.test(screen)
      select(next, record.payload, searchScreen.test(screen))
      break
    }
    case 'select_employer':
    case 'select_platform':
    case 'incorrect_platform_given':
      select(next, record.payload, true)
      break
    case 'login_attempt':
      next.loginAttemptAt ??= at
      break
    case 'login':
      next.loggedInAt ??= at
      next.accountId = record.payload.accountId
      next.platform ??= { id: record.payload.platformId, name: '' }
      // A login with no selection before it is what On Demand Update sessions look like.
      decide(next, 'on_demand_update')
      break
    case 'input_amount': {
      const { unit, value } = record.payload
      // The deprecated `input_amount`, expressed as the `input_allocation` that replaced it.
      next.allocation = {
        action: 'partial_switch',
        allocation: { type: unit === '%' ? 'percentage' : 'amount', value },
      }
      next.switchJob = true
      break
    }
    case 'input_allocation':
      next.allocation = record.payload
      next.switchJob = true
      break
    case 'card_switch_begin':
    case 'dd_form_begin':
      next.switchJob = true
      break
    case 'success': {
      const { job, accountId } = record.payload
      if (!next.jobsSucceeded.some((done) => done.job === job)) {
        next.jobsSucceeded = [...next.jobsSucceeded, { job, at }]
      }
      next.switchJob ||= isSwitchJob(job)
      next.accountId ??= accountId
      break
    }
    case 'error':
      next.errors = [...next.errors, record.payload]
      break
    case 'exit': {
      const error = 'type' in record.payload ? (record.payload as PinwheelError) : null
      const last = next.errors.at(-1)
      // Link reports an error that ends the flow by `error` and again by `exit`: count it once.
      if (
        error &&
        !(
          last &&
          last.type === error.type &&
          last.code === error.code &&
          last.message === error.message
        )
      )
        next.errors = [...next.errors, error]
      next.exitError = error
      if (!isTerminalStatus(next.status) || next.status === 'closed') {
        next.succeededAt = succeededAt(next)
        // Link exits at once when an error ends the flow; a user who chose to leave (after a
        // mistyped password, say) went through EXIT_CONFIRMATION, and the exit still carries
        // the last error.
        next.status =
          next.succeededAt !== null
            ? 'succeeded'
            : error && next.lastScreen !== 'EXIT_CONFIRMATION'
              ? 'errored'
              : 'exited'
        next.closedAt ??= at
      }
      return next
    }
  }
  if (!isTerminalStatus(next.status)) next.succeededAt = succeededAt(next)
  return next
}

/**
 * When the session did what it was for: a switch session when its first switch job succeeded,
 * any other at its first success; `null` until then.
 */
export function succeededAt(summary: LinkSessionSummary): number | null {
  const done = summary.switchJob
    ? summary.jobsSucceeded.find(({ job }) => isSwitchJob(job))
    : summary.jobsSucceeded[0]
  return done?.at ?? null
}

/** Sets the mode the events show, unless something already decided it. */
function decide(summary: LinkSessionSummary, mode: LinkSessionSummary['mode']): void {
  if (summary.modeSource !== 'default') return
  summary.mode = mode
  summary.modeSource = 'events'
}

/** Keeps the employer and platform a payload names; a selection proves a connect flow. */
function select(summary: LinkSessionSummary, payload: Selecting, connect: boolean): void {
  summary.employer = selection(
    summary.employer,
    payload.selectedEmployerId,
    payload.selectedEmployerName,
  )
  summary.platform = selection(
    summary.platform,
    payload.selectedPlatformId,
    payload.selectedPlatformName,
  )
  if (connect) decide(summary, 'connect')
}

function selection(
  current: LinkSelection | null,
  id: string | undefined,
  name: string | undefined,
): LinkSelection | null {
  if (id === undefined) return current
  const same = current?.id === id
  if (same && (name === undefined || current.name === name)) return current
  return { id, name: name ?? (same ? current.name : '') }
}
