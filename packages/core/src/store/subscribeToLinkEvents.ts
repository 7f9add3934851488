import { getLinkEventForwarder, type LinkEventListener } from './linkEventForwarders'
import type { LinkEventStore } from './types'

/** Stops a subscription. Calling it again does nothing. */
export type Unsubscribe = () => void

/**
 * Calls `listener` once for every record added to `store` after this call, in `seq` order, exactly
 * once — also for records that were dropped from the bounded buffer in the same update. Use it to
 * forward Link events to an analytics tool. A listener that throws is reported with
 * `console.error` and never stops the store or the other listeners.
 *
 * @example
 * ```ts
 * const stop = subscribeToLinkEvents(getDefaultLinkEventStore(), (record) => {
 *   analytics.track(`pinwheel_${record.name}`, { sessionId: record.sessionId, ...record.payload })
 * })
 * ```
 *
 * @throws TypeError when `store` was not made by `createLinkEventStore`.
 */
export function subscribeToLinkEvents(
  store: LinkEventStore,
  listener: LinkEventListener,
): Unsubscribe {
  if (typeof listener !== 'function') {
    throw new TypeError('subscribeToLinkEvents(store, listener): listener must be a function.')
  }
  const forwarder = getLinkEventForwarder(store)
  if (!forwarder) {
    throw new TypeError(
      'subscribeToLinkEvents(store, listener): store must be made by createLinkEventStore() or getDefaultLinkEventStore().',
    )
  }
  return forwarder.subscribe(listener, store.getState().lastSeq)
}
