import type {
  PinwheelErrorType,
  PinwheelEventName,
  PinwheelEventPayloads,
  ScreenName,
} from './PinwheelEventPayloads'

// `satisfies Record<Name, true>` makes the compiler reject a list that misses or invents a name.
const eventNames = {
  open: true,
  select_employer: true,
  select_platform: true,
  incorrect_platform_given: true,
  login_attempt: true,
  login: true,
  input_amount: true,
  input_allocation: true,
  card_switch_begin: true,
  doc_uploads_begin: true,
  doc_uploads_submitted: true,
  dd_form_begin: true,
  dd_form_create: true,
  dd_form_download: true,
  screen_transition: true,
  success: true,
  error: true,
  exit: true,
} as const satisfies Record<keyof PinwheelEventPayloads, true>

/** Every documented Link event name, in the order of Pinwheel's table. */
export const pinwheelEventNames = /* @__PURE__ */ Object.keys(
  eventNames,
) as readonly PinwheelEventName[]

/** Whether `name` is a documented Link event name. */
export function isPinwheelEventName(name: unknown): name is PinwheelEventName {
  return typeof name === 'string' && Object.hasOwn(eventNames, name)
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

/** Every documented Link screen name. */
export const screenNames = /* @__PURE__ */ Object.keys(screens) as readonly ScreenName[]

/** Whether `name` is a documented Link screen. */
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

/** Every documented Link error type. */
export const pinwheelErrorTypes = /* @__PURE__ */ Object.keys(
  errorTypes,
) as readonly PinwheelErrorType[]

/** Whether `type` is a documented Link error type. */
export function isPinwheelErrorType(type: unknown): type is PinwheelErrorType {
  return typeof type === 'string' && Object.hasOwn(errorTypes, type)
}
