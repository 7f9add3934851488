import { createLinkEventStore } from './createLinkEventStore'
import type { LinkEventStore } from './types'

let defaultStore: LinkEventStore | undefined

/**
 * The app-wide store that Link sessions record into when given no `store` option: created on
 * first call (in memory, default options) and the same object ever after. Nothing is created at
 * import time, so importing `@linkwheel/core` on the server costs nothing.
 *
 * @example
 * ```ts
 * const funnel = selectFunnel(getDefaultLinkEventStore().getState())
 * ```
 */
export function getDefaultLinkEventStore(): LinkEventStore {
  defaultStore ??= createLinkEventStore()
  return defaultStore
}
