import { pageState } from '../session/pageState'
import type { LinkEventStore } from './types'

/**
 * The app-wide default store if something created it (`getDefaultLinkEventStore()`,
 * `usePinwheelEvents`), else `null`; never creates it. For code that shows recorded data when
 * there is some, without loading the store otherwise (`usePinwheelLink`'s `session`).
 *
 * @example
 * ```ts
 * const summary = findDefaultLinkEventStore()?.getState().sessions[sessionId] ?? null
 * ```
 */
export function findDefaultLinkEventStore(): LinkEventStore | null {
  return pageState().store
}
