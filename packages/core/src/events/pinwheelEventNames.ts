import { eventFieldRules } from './eventFieldRules'
import type { PinwheelErrorType, PinwheelEventName, ScreenName } from './PinwheelEventPayloads'

/** Every documented Link event name (v2.3, v3, v4 and the mobile SDKs), lower-case. */
export const pinwheelEventNames = /* @__PURE__ */ Object.keys(
  eventFieldRules,
) as readonly PinwheelEventName[]

/** Whether `name` is a documented Link event name, spelled as the web SDKs do (lower-case). */
export function isPinwheelEventName(name: unknown): name is PinwheelEventName {
  return typeof name === 'string' && Object.hasOwn(eventFieldRules, name)
}

const screens = {
  SEARCH_DEFAULT: true,
  SEARCH_RESULTS: true,
  SEARCH_PLATFORM_ONLY: true,
  PROVIDER_CONFIRMATION: true,
  LOGIN: true,
  DD_AMOUNT_SELECTION: true,
  DD_CONFIRMATION: true,
  JOB_SUCCESS: true,
  JOB_ERROR: true,
  EXIT_CONFIRMATION: true,
} as const satisfies Record<ScreenName, true>

/** Every documented Link screen name (Link may report others). */
export const screenNames = /* @__PURE__ */ Object.keys(screens) as readonly ScreenName[]

/** Whether `name` is a documented Link screen (`false` for newer ones). */
export function isScreenName(name: unknown): name is ScreenName {
  return typeof name === 'string' && Object.hasOwn(screens, name)
}

const errorTypes = {
  sandboxError: true,
  clientError: true,
  systemError: true,
  userActionRequired: true,
  platformError: true,
  invalidAccountsConfiguration: true,
  invalidUserInput: true,
  invalidLinkToken: true,
  networkError: true,
} as const satisfies Record<PinwheelErrorType, true>

/** Every documented Link error type (Link may send others). */
export const pinwheelErrorTypes = /* @__PURE__ */ Object.keys(
  errorTypes,
) as readonly PinwheelErrorType[]

/** Whether `type` is a documented Link error type. */
export function isPinwheelErrorType(type: unknown): type is PinwheelErrorType {
  return typeof type === 'string' && Object.hasOwn(errorTypes, type)
}
