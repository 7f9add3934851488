import type { LinkSessionReport } from './LinkSessionReport'
import { pageState } from './pageState'

/** How many reports wait for the default store before the oldest are dropped. */
const backlogLimit = 1000

/**
 * Reports a session of a controller that has no `store` option: to the default store once it
 * exists (`getDefaultLinkEventStore()`, which `usePinwheelEvents` calls), else into a bounded
 * backlog, stamped with the time, that the default store replays when it is created. So analytics
 * code loaded after Link opened still sees every event, and a page that never reads events never
 * loads the store. @internal
 */
export function reportToPage(report: LinkSessionReport): void {
  const page = pageState()
  if (page.store) page.store.getState().ingest(report)
  else if (page.backlog.push({ at: Date.now(), ...report }) > backlogLimit) page.backlog.shift()
}
