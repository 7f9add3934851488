import type {
  InputAllocationPayload,
  PinwheelError,
  PinwheelEventPayloads,
  ScreenName,
} from '../events/PinwheelEventPayloads'
import { isTerminalStatus } from './isTerminalStatus'
import type { LinkEventRecord, LinkSelection, LinkSessionSummary } from './types'

// Screens On Demand Update sessions never show: reaching one proves a connect flow.
const searchScreens: ReadonlySet<string> = new Set<ScreenName>([
  'SEARCH_DEFAULT',
  'SEARCH_RESULTS',
  'SEARCH_PLATFORM_ONLY',
  'PROVIDER_CONFIRMATION',
])

/** The summary after one more record of its session. Returns a new object; never mutates. */
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
      next.employer = {
        id: record.payload.selectedEmployerId,
        name: record.payload.selectedEmployerName,
      }
      decideConnect(next)
      break
    case 'select_platform':
      next.platform = {
        id: record.payload.selectedPlatformId,
        name: record.payload.selectedPlatformName,
      }
      decideConnect(next)
      break
    case 'incorrect_platform_given':
      decideConnect(next)
      break
    case 'screen_transition': {
      const {
        screenName,
        selectedEmployerId,
        selectedEmployerName,
        selectedPlatformId,
        selectedPlatformName,
      } = record.payload
      next.lastScreen = screenName
      if (screenName !== 'EXIT_CONFIRMATION') next.lastTaskScreen = screenName
      next.employer = selection(next.employer, selectedEmployerId, selectedEmployerName)
      next.platform = selection(next.platform, selectedPlatformId, selectedPlatformName)
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
      break
    case 'input_amount':
      next.allocation = fromInputAmount(record.payload)
      break
    case 'success':
      if (!next.jobsSucceeded.includes(record.payload.job)) {
        next.jobsSucceeded = [...next.jobsSucceeded, record.payload.job]
      }
      next.firstSuccessAt ??= at
      next.accountId ??= record.payload.accountId
      break
    case 'error':
      next.errors = [...next.errors, record.payload]
      break
    case 'exit': {
      const error = 'type' in record.payload ? (record.payload as PinwheelError) : null
      // Link reports an error that ends the flow by `error` and again by `exit`: count it once.
      if (error && !sameError(next.errors.at(-1), error)) next.errors = [...next.errors, error]
      if (!isTerminalStatus(next.status) || next.status === 'closed') {
        next.status = next.firstSuccessAt !== null ? 'succeeded' : error ? 'errored' : 'exited'
        next.closedAt ??= at
      }
      break
    }
    default:
      break
  }
  return next
}

function decideConnect(summary: LinkSessionSummary): void {
  if (summary.modeSource !== 'default') return
  summary.mode = 'connect'
  summary.modeSource = 'events'
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
