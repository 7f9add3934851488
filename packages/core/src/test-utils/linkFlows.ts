import type { PinwheelEvent } from '../events/PinwheelEventPayloads'
import { parsePinwheelEvent } from '../events/parsePinwheelEvent'
import type { LinkEventStore } from '../store/types'

/** Parses a raw event and fails the test when it is not the typed event the test meant. */
export function event(name: string, payload: unknown = {}): PinwheelEvent {
  const parsed = parsePinwheelEvent(name, payload)
  if (parsed.name === 'unknown' && name !== 'unknown') throw new Error(parsed.payload.reason)
  return parsed
}

export const loginError = {
  type: 'userActionRequired',
  code: 'invalidCredentials',
  message: 'Wrong password',
  pendingRetry: false,
} as const

/** A full connect flow: search, employer, platform, login, allocation, success, exit. */
export const connectFlow: ReadonlyArray<[string, unknown]> = [
  ['open', {}],
  ['screen_transition', { screenName: 'SEARCH_DEFAULT' }],
  ['select_employer', { selectedEmployerId: 'emp_acme', selectedEmployerName: 'Acme' }],
  ['select_platform', { selectedPlatformId: 'plt_workday', selectedPlatformName: 'Workday' }],
  ['screen_transition', { screenName: 'LOGIN', selectedPlatformId: 'plt_workday' }],
  ['login_attempt', { platformId: 'plt_workday' }],
  ['login', { accountId: 'acc_1', platformId: 'plt_workday' }],
  ['screen_transition', { screenName: 'DD_AMOUNT_SELECTION' }],
  ['input_allocation', { action: 'full_switch' }],
  ['success', { accountId: 'acc_1', platformId: 'plt_workday', job: 'direct_deposit_switch' }],
  ['exit', {}],
]

/** Records `[name, payload]` pairs for a session, one second apart from `start`. */
export function play(
  store: LinkEventStore,
  sessionId: string,
  flow: ReadonlyArray<[string, unknown]>,
  start = 0,
): void {
  flow.forEach(([name, payload], index) => {
    event(name, payload)
    store.getState().record(sessionId, name, payload, start + index * 1000)
  })
}
