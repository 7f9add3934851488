import type { LinkEventRecord, LinkEventStore } from './types'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/** A function that receives each new record once; see `subscribeToLinkEvents`. */
export type LinkEventListener = (record: LinkEventRecord) => void

/** Stops a subscription. Calling it again does nothing. */
export type Unsubscribe = () => void

/**
 * Calls `listener` once for every record added to `store` after this call, in `seq` order, also
 * when a listener records events itself (records a listener adds re-entrantly reach the others
 * only while they are still among the last `maxEvents`). Use it to forward Link events to an
 * analytics tool. A listener that throws never stops the store or the other listeners (in
 * development it is reported with `console.error`).
 *
 * @example
 * ```ts
 * const stop = subscribeToLinkEvents(getDefaultLinkEventStore(), (record) => {
 *   analytics.track(`pinwheel_${record.name}`, { sessionId: record.sessionId, ...record.payload })
 * })
 * ```
 */
export function subscribeToLinkEvents(
  store: LinkEventStore,
  listener: LinkEventListener,
): Unsubscribe {
  let seen = store.getState().lastSeq
  return store.subscribe((state) => {
    if (state.lastSeq <= seen) return
    const { events } = state
    // Each record is its own update, so the new ones are at the end of the buffer.
    let first = events.length
    while (first > 0 && (events[first - 1] as LinkEventRecord).seq > seen) first--
    seen = state.lastSeq
    for (let i = first; i < events.length; i++) {
      try {
        listener(events[i] as LinkEventRecord)
      } catch (error) {
        if (process.env.NODE_ENV !== 'production') {
          console.error(
            '[linkwheel] a subscribeToLinkEvents listener threw; the store kept recording. Catch errors inside your listener.',
            error,
          )
        }
      }
    }
  })
}
