import { pageState } from '../session/pageState'
import { createLinkEventStore } from './createLinkEventStore'
import type { LinkEventStore } from './types'

/**
 * The app-wide store that Link sessions record into when given no `store` option: created on
 * first call (in memory, default options) and the same object ever after, also for a second copy
 * of linkwheel on the page. Nothing is created at import time, so importing `@linkwheel/core` on
 * the server costs nothing. Sessions record into it once it exists: call it (or render
 * `usePinwheelEvents`) before Link opens to see every session.
 *
 * @example
 * ```ts
 * const funnel = selectFunnel(getDefaultLinkEventStore().getState())
 * ```
 */
export function getDefaultLinkEventStore(): LinkEventStore {
  const page = pageState()
  page.store ??= createLinkEventStore()
  return page.store
}
