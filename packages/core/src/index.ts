export type {
  AllocationTarget,
  EmptyPayload,
  InputAllocationPayload,
  KnownPinwheelEvent,
  LinkResult,
  LoginResult,
  PartialAllocation,
  PinwheelError,
  PinwheelErrorType,
  PinwheelEvent,
  PinwheelEventName,
  PinwheelEventPayload,
  PinwheelEventPayloads,
  ScreenName,
  ScreenTransitionPayload,
  UnknownPinwheelEvent,
} from './events/PinwheelEventPayloads'
export { parsePinwheelEvent } from './events/parsePinwheelEvent'
export {
  isPinwheelErrorType,
  isPinwheelEventName,
  isScreenName,
  pinwheelErrorTypes,
  pinwheelEventNames,
  screenNames,
} from './events/pinwheelEventNames'
