export type { LinkScriptErrorCode } from './errors/LinkScriptError'
export { isLinkScriptError, LinkScriptError } from './errors/LinkScriptError'
export type { LinkSessionErrorCode } from './errors/LinkSessionError'
export { isLinkSessionError, LinkSessionError } from './errors/LinkSessionError'
export { isLinkwheelError, LinkwheelError } from './errors/LinkwheelError'
export type {
  AllocationTarget,
  BillPayload,
  BillSwitchPayload,
  EmptyPayload,
  InputAllocationPayload,
  InvalidPinwheelEvent,
  KnownPinwheelEvent,
  LinkJob,
  LinkResult,
  LoginResult,
  OrString,
  OtherEventItem,
  PartialAllocation,
  PinwheelError,
  PinwheelErrorCode,
  PinwheelErrorType,
  PinwheelEvent,
  PinwheelEventName,
  PinwheelEventPayload,
  PinwheelEventPayloads,
  ScreenName,
  ScreenTransitionPayload,
  SuccessParams,
  UnknownPinwheelEvent,
} from './events/PinwheelEventPayloads'
export { parsePinwheelEvent } from './events/parsePinwheelEvent'
export { isPinwheelEventName, pinwheelEventNames } from './events/pinwheelEventNames'
export type { LoadPinwheelOptions } from './loader/loadPinwheel'
export { loadPinwheel } from './loader/loadPinwheel'
export { PINWHEEL_SCRIPT_URL } from './loader/PINWHEEL_SCRIPT_URL'
export { preloadPinwheel } from './loader/preloadPinwheel'
export type { InitializationParams, PinwheelGlobal } from './params/InitializationParams'
export { createPinwheelLink } from './session/createPinwheelLink'
export type {
  LinkOutcome,
  LinkState,
  LinkStatus,
  PinwheelLinkController,
} from './session/PinwheelLinkController'
export type { PinwheelLinkCallbacks, PinwheelLinkOptions } from './session/PinwheelLinkOptions'
export type { LinkEventStoreOptions } from './store/createLinkEventStore'
export { createLinkEventStore } from './store/createLinkEventStore'
export { getDefaultLinkEventStore } from './store/getDefaultLinkEventStore'
export type { LinkDropOffScreen, LinkDropOffs } from './store/selectors/selectDropOffScreens'
export { selectDropOffScreens } from './store/selectors/selectDropOffScreens'
export type { LinkErrorsByCode } from './store/selectors/selectErrorsByCode'
export { selectErrorsByCode } from './store/selectors/selectErrorsByCode'
export type { LinkErrorsByType } from './store/selectors/selectErrorsByType'
export { selectErrorsByType } from './store/selectors/selectErrorsByType'
export { selectEvents } from './store/selectors/selectEvents'
export type { LinkEventsByName } from './store/selectors/selectEventsByName'
export { selectEventsByName } from './store/selectors/selectEventsByName'
export type {
  LinkFunnel,
  LinkFunnelStep,
  LinkFunnelStepName,
  LinkFunnels,
} from './store/selectors/selectFunnel'
export { linkFunnelSteps, selectFunnel } from './store/selectors/selectFunnel'
export { selectSessions } from './store/selectors/selectSessions'
export type { LinkStatusCounts } from './store/selectors/selectStatusCounts'
export { selectStatusCounts } from './store/selectors/selectStatusCounts'
export { selectTimeToLogin } from './store/selectors/selectTimeToLogin'
export type { LinkTimeToSuccess } from './store/selectors/selectTimeToSuccess'
export { selectTimeToSuccess } from './store/selectors/selectTimeToSuccess'
export type { LinkDurationStats, LinkSessionDuration } from './store/selectors/summarizeDurations'
export type { LinkEventListener, Unsubscribe } from './store/subscribeToLinkEvents'
export { subscribeToLinkEvents } from './store/subscribeToLinkEvents'
export type {
  LinkEventPersistence,
  LinkEventRecord,
  LinkEventState,
  LinkEventStore,
  LinkJobSuccess,
  LinkSelection,
  LinkSessionMode,
  LinkSessionModeSource,
  LinkSessionStatus,
  LinkSessionSummary,
  StartLinkSessionInput,
} from './store/types'
