import type { LinkEventRecord, LinkEventStore } from './types'

/** A function that receives each new record once; see `subscribeToLinkEvents`. */
export type LinkEventListener = (record: LinkEventRecord) => void

interface Subscription {
  listener: LinkEventListener
  /** Records with a seq up to this one were recorded before it subscribed. */
  afterSeq: number
}

/**
 * Delivers records to forwarding listeners in seq order, exactly once each. Kept beside the
 * state (not in it) so that records dropped from the bounded buffer in the same update still
 * reach every listener, and a listener that records more events re-entrantly cannot reorder them.
 */
export interface LinkEventForwarder {
  subscribe(listener: LinkEventListener, afterSeq: number): () => void
  /** Queues a record for delivery; call {@link LinkEventForwarder.drain} once the state is set. */
  enqueue(record: LinkEventRecord): void
  drain(): void
}

const forwarders = new WeakMap<object, LinkEventForwarder>()

/** The forwarder of a store made by `createLinkEventStore`, or `undefined`. */
export function getLinkEventForwarder(store: LinkEventStore): LinkEventForwarder | undefined {
  return forwarders.get(store)
}

/** Creates the forwarder of a new store and registers it for `subscribeToLinkEvents`. */
export function attachLinkEventForwarder(store: LinkEventStore): LinkEventForwarder {
  const subscriptions = new Set<Subscription>()
  let queue: LinkEventRecord[] = []
  let draining = false

  const deliver = (record: LinkEventRecord): void => {
    for (const subscription of Array.from(subscriptions)) {
      if (record.seq <= subscription.afterSeq || !subscriptions.has(subscription)) continue
      try {
        subscription.listener(record)
      } catch (error) {
        // Analytics must never break recording: report and carry on with the next listener.
        console.error(
          `[linkwheel] a subscribeToLinkEvents listener threw on record ${record.id} ("${record.name}"); the store kept recording. Catch errors inside your listener.`,
          error,
        )
      }
    }
  }

  const forwarder: LinkEventForwarder = {
    subscribe(listener, afterSeq) {
      const subscription: Subscription = { listener, afterSeq }
      subscriptions.add(subscription)
      return () => {
        subscriptions.delete(subscription)
      }
    },
    enqueue(record) {
      if (subscriptions.size > 0) queue.push(record)
    },
    drain() {
      if (draining) return
      draining = true
      try {
        // Records queued by listeners while draining are delivered by this same loop, in order.
        for (let i = 0; i < queue.length; i++) deliver(queue[i] as LinkEventRecord)
      } finally {
        queue = []
        draining = false
      }
    },
  }
  forwarders.set(store, forwarder)
  return forwarder
}
