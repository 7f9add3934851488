import { createBatchedWriter } from './persistence/createBatchedWriter'
import { restoreLinkEvents } from './persistence/restoreLinkEvents'
import type { LinkEventPersistence } from './types'

/** Where {@link persistLinkEvents} keeps the copy that survives a reload. */
export interface LinkEventPersistOptions {
  /** The Web Storage area to use. @default window.sessionStorage */
  storage?: Storage
  /** The storage key. @default 'linkwheel:events' */
  key?: string
}

/** The storage key used when {@link persistLinkEvents} names none. */
export const DEFAULT_LINK_EVENT_STORAGE_KEY = 'linkwheel:events'

/**
 * Persistence for `createLinkEventStore({ persist: persistLinkEvents() })`: the store keeps a copy
 * in Web Storage (`sessionStorage` unless you pass `storage`) and a store created after a reload
 * starts from it. Writes are batched: at most one per idle period (within a second; every 50 ms
 * where the browser has no `requestIdleCallback`), plus one when the page is hidden, so a burst
 * of events costs one write after it.
 * Token-like data is never written; a full storage keeps as many recent events as fit and never
 * touches the events in memory; sessions still open at unload come back `closed`. Without a
 * storage (on the server, or when the browser blocks it) the store stays in memory.
 *
 * @example
 * ```ts
 * const store = createLinkEventStore({ persist: persistLinkEvents({ key: 'my-app:link' }) })
 * ```
 */
export function persistLinkEvents(options: LinkEventPersistOptions = {}): LinkEventPersistence {
  return (store, limits) => {
    const storage = options.storage ?? defaultStorage()
    if (!storage) return
    const key = options.key ?? DEFAULT_LINK_EVENT_STORAGE_KEY
    const writer = createBatchedWriter(storage, key, store.getState)
    const saved = writer.read()
    if (saved !== null) store.setState(restoreLinkEvents(saved, store.getState(), limits), true)
    store.subscribe(writer.schedule)
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage
  } catch {
    // Storage access throws a SecurityError when the user blocks it: stay in memory.
    return undefined
  }
}
