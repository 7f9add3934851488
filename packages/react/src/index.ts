// No 'use client' here: core's plain functions (store, selectors, parser) re-exported below run
// in React Server Components; each React module carries its own directive.
export * from '@linkwheel/core'
export type { PinwheelLinkProps, PinwheelLinkRenderProps } from './PinwheelLink'
export { PinwheelLink } from './PinwheelLink'
export type { PinwheelModalProps } from './PinwheelModal'
export { PinwheelModal } from './PinwheelModal'
export type { PinwheelProviderProps } from './PinwheelProvider'
export { PinwheelProvider } from './PinwheelProvider'
export { useLinkEventStore } from './useLinkEventStore'
export { usePinwheelEvents } from './usePinwheelEvents'
export type { UsePinwheelLinkOptions, UsePinwheelLinkResult } from './usePinwheelLink'
export { usePinwheelLink } from './usePinwheelLink'
