// The build prepends 'use client' to dist/index.js (vite.config.ts banner; checked by
// test/useClientDirective.test.ts): a directive here would be dropped or doubled by the bundler.
export * from '@linkwheel/core'
export type {
  PinwheelLinkProps,
  PinwheelLinkRenderProps,
  PinwheelLinkTriggerProps,
} from './PinwheelLink'
export { PinwheelLink } from './PinwheelLink'
export type { PinwheelLinkDefaults, PinwheelProviderProps } from './PinwheelProvider'
export { PinwheelProvider } from './PinwheelProvider'
export { useLinkEventStore } from './useLinkEventStore'
export { usePinwheelEvents } from './usePinwheelEvents'
export type {
  LinkTokenSource,
  UsePinwheelLinkOptions,
  UsePinwheelLinkResult,
} from './usePinwheelLink'
export { usePinwheelLink } from './usePinwheelLink'
