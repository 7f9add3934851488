import {
  createLinkEventStore,
  type LinkEventStore,
  type PinwheelLinkOptions,
} from '@linkwheel/core'
import { createContext, type ReactNode, useMemo, useState } from 'react'

/** Link options a provider can set for every `usePinwheelLink` / `<PinwheelLink>` below it. */
type PinwheelLinkDefaults = Omit<PinwheelLinkOptions, 'linkToken' | 'getLinkToken' | 'store'>

/** Props of {@link PinwheelProvider}. */
export interface PinwheelProviderProps {
  /**
   * The event store for this subtree: Links below record into it and `usePinwheelEvents` reads it.
   * @default a new store, owned by this provider
   */
  store?: LinkEventStore
  /**
   * Link options for every Link below (script URL, nonce, styling, callbacks such as `onEvent`).
   * A Link's own options win.
   * @default {}
   */
  options?: PinwheelLinkDefaults
  children?: ReactNode
}

/** What a provider gives its subtree; `null` outside any (the app-wide default store then). @internal */
export const PinwheelContext = /* @__PURE__ */ createContext<{
  store: LinkEventStore
  defaults: PinwheelLinkDefaults
} | null>(null)

const noDefaults: PinwheelLinkDefaults = {}

/**
 * Scopes an event store and default Link options to a subtree. Without a provider, Links record
 * into the app-wide default store (`getDefaultLinkEventStore()`) once something created it.
 *
 * @example
 * ```tsx
 * <PinwheelProvider options={{ useDarkMode: true, nonce }}>
 *   <PinwheelLink getLinkToken={getLinkToken}>Connect payroll</PinwheelLink>
 *   <ConversionFunnel />
 * </PinwheelProvider>
 * ```
 */
export function PinwheelProvider({
  store,
  options = noDefaults,
  children,
}: PinwheelProviderProps): ReactNode {
  const [ownStore] = useState(() => store ?? createLinkEventStore())
  const scoped = store ?? ownStore
  const value = useMemo(() => ({ store: scoped, defaults: options }), [scoped, options])
  return <PinwheelContext.Provider value={value}>{children}</PinwheelContext.Provider>
}
