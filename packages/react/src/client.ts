'use client'
// Every React module of the package, built into one file that opens with 'use client': RSC
// bundlers turn it into client references, and an app's bundler sees one import of React.
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
