import type { LinkEventStore } from '@linkwheel/core'
import { createContext } from 'react'
import type { PinwheelLinkDefaults } from './PinwheelProvider'

/** What a {@link PinwheelProvider} gives its subtree. Internal: read it through the hooks. */
export interface PinwheelContextValue {
  /** The subtree's event store. */
  store: LinkEventStore
  /** Link options every `usePinwheelLink` below uses unless it sets its own. */
  defaults: PinwheelLinkDefaults
}

/** `null` outside any provider: the hooks then use the app-wide default store. */
export const PinwheelContext = /* @__PURE__ */ createContext<PinwheelContextValue | null>(null)
