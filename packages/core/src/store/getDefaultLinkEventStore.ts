import { pageState } from '../session/pageState'
import { createLinkEventStore } from './createLinkEventStore'
import type { LinkEventStore } from './types'

/**
 * The app-wide store that Link sessions record into when given no `store` option: created on
 * first call (in memory, default options) and the same object ever after, also for a second copy
 * of linkwheel on the page. Sessions reported before it existed (a `<PinwheelLink>` that opened
 * before your analytics code ran) are replayed into it with their original times. Nothing is
 * created at import time, so importing `@linkwheel/core` on the server costs nothing.
 *
 * @example
 * ```ts
 * const funnel = selectFunnel(getDefaultLinkEventStore().getState())
 * ```
 */
export function getDefaultLinkEventStore(): LinkEventStore {
  const page = pageState()
  if (!page.store) {
    const store = createLinkEventStore()
    const backlog = page.backlog
    page.backlog = []
    for (const report of backlog) store.getState().ingest(report)
    page.store = store
  }
  return page.store
}
