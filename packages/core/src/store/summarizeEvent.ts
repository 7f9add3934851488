import type {
  InputAllocationPayload,
  PinwheelError,
  PinwheelEventPayloads,
  ScreenName,
} from '../events/PinwheelEventPayloads'
import { switchJobs } from './createSessionSummary'
import { isTerminalStatus } from './isTerminalStatus'
import type { LinkEventRecord, LinkSelection, LinkSessionSummary } from './types'

// Screens On Demand Update sessions never show: reaching one proves a connect flow.
const searchScreens: ReadonlySet<string> = new Set<ScreenName>([
  'SEARCH_DEFAULT',
  'SEARCH_RESULTS',
  'SEARCH_PLATFORM_ONLY',
  'PROVIDER_CONFIRMATION',
])
// Screens of a switch: a session that shows one must complete a switch to succeed.
const switchScreens: ReadonlySet<string> = new Set(['DD_AMOUNT_SELECTION', 'DD_CONFIRMATION'])

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
    case 'select_employer':
    case 'select_platform':
    case 'incorrect_platform_given':
      select(next, record.payload)
      decideConnect(next)
      break
    case 'screen_transition': {
      const { screenName } = record.payload
      next.lastScreen = screenName
      if (screenName !== 'EXIT_CONFIRMATION') next.lastTaskScreen = screenName
      if (switchScreens.has(screenName)) next.switchJob = true
      select(next, record.payload)
      if (searchScreens.has(screenName)) decideConnect(next)
      break
    }
    case 'login_attempt':
      next.loginAttemptAt ??= at
      break
    case 'login':
      next.loggedInAt ??= at
      next.accountId = record.payload.accountId
      next.platform ??= { id: record.payload.platformId, name: '' }
      // A login with no selection before it is what On Demand Update sessions look like.
      if (next.modeSource === 'default') {
        next.mode = 'on_demand_update'
        next.modeSource = 'events'
      }
      break
    case 'input_allocation':
      next.allocation = record.payload
      next.switchJob = true
      break
    case 'input_amount':
      next.allocation = fromInputAmount(record.payload)
      next.switchJob = true
      break
    case 'card_switch_begin':
    case 'dd_form_begin':
      next.switchJob = true
      break
    case 'success': {
      const { job } = record.payload
      if (!next.jobsSucceeded.some((done) => done.job === job)) {
        next.jobsSucceeded = [...next.jobsSucceeded, { job, at }]
      }
      if (switchJobs.has(job)) next.switchJob = true
      next.accountId ??= record.payload.accountId
      break
    }
    case 'error':
      next.errors = [...next.errors, record.payload]
      break
    case 'exit': {
      const error = 'type' in record.payload ? (record.payload as PinwheelError) : null
      // Link reports an error that ends the flow by `error` and again by `exit`: count it once.
      if (error && !sameError(next.errors.at(-1), error)) next.errors = [...next.errors, error]
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
    default:
      break
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
    ? summary.jobsSucceeded.find(({ job }) => switchJobs.has(job))
    : summary.jobsSucceeded[0]
  return done?.at ?? null
}

function decideConnect(summary: LinkSessionSummary): void {
  if (summary.modeSource !== 'default') return
  summary.mode = 'connect'
  summary.modeSource = 'events'
}

/** The employer and platform a payload names (`select_*`, `screen_transition`), if any. */
function select(
  summary: LinkSessionSummary,
  payload: {
    selectedEmployerId?: string
    selectedEmployerName?: string
    selectedPlatformId?: string
    selectedPlatformName?: string
  },
): void {
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
}

function selection(
  current: LinkSelection | null,
  id: string | undefined,
  name: string | undefined,
): LinkSelection | null {
  if (id === undefined) return current
  if (current?.id === id && (name === undefined || current.name === name)) return current
  return { id, name: name ?? (current?.id === id ? current.name : '') }
}

function sameError(a: PinwheelError | undefined, b: PinwheelError): boolean {
  return a !== undefined && a.type === b.type && a.code === b.code && a.message === b.message
}

/** The deprecated `input_amount` expressed as the `input_allocation` that replaced it. */
function fromInputAmount(payload: PinwheelEventPayloads['input_amount']): InputAllocationPayload {
  return {
    action: 'partial_switch',
    allocation: { type: payload.unit === '%' ? 'percentage' : 'amount', value: payload.value },
  }
}
