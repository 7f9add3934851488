import { persist } from 'zustand/middleware'
import type { StateCreator } from 'zustand/vanilla'
import {
  createLinkEventStorage,
  type PersistedLinkEvents,
} from './persistence/createLinkEventStorage'
import { restoreLinkEvents } from './persistence/restoreLinkEvents'
import type { LinkEventState } from './types'

/** Where {@link persistLinkEvents} keeps the copy that survives a reload. */
export interface LinkEventPersistOptions {
  /** The Web Storage area to use. @default window.sessionStorage */
  storage?: Storage
  /** The storage key. @default 'linkwheel:events' */
  key?: string
}

/**
 * What {@link persistLinkEvents} returns, for `createLinkEventStore({ persist })`: it wraps the
 * store's state creator. Treat it as opaque.
 */
export type LinkEventPersistence = (
  initializer: StateCreator<LinkEventState>,
  limits: { maxEvents: number; now: () => number },
) => StateCreator<LinkEventState>

/** The storage key used when {@link persistLinkEvents} names none. */
export const DEFAULT_LINK_EVENT_STORAGE_KEY = 'linkwheel:events'

/**
 * Persistence for `createLinkEventStore({ persist: persistLinkEvents() })`: the store keeps a copy
 * in Web Storage (`sessionStorage` unless you pass `storage`) and a store created after a reload
 * starts from it. Token-like data is never written; sessions still open at unload come back
 * `closed`. Without a storage (on the server, or when the browser blocks it) the store silently
 * stays in memory. Opt-in, so apps that do not persist do not download this code.
 *
 * @example
 * ```ts
 * const store = createLinkEventStore({ persist: persistLinkEvents({ key: 'my-app:link' }) })
 * ```
 */
export function persistLinkEvents(options: LinkEventPersistOptions = {}): LinkEventPersistence {
  return (initializer, limits) => {
    const storage = options.storage ?? defaultStorage()
    if (!storage) return initializer
    // The `persist` API it adds to the store (rehydrate, …) is not part of LinkEventStore.
    return persist(initializer, {
      name: options.key ?? DEFAULT_LINK_EVENT_STORAGE_KEY,
      version: 1,
      storage: createLinkEventStorage(storage),
      partialize: (state): PersistedLinkEvents => ({
        events: state.events,
        dropped: state.dropped,
        sessions: state.sessions,
        sessionIds: state.sessionIds,
        droppedSessions: state.droppedSessions,
        lastSeq: state.lastSeq,
      }),
      merge: (persisted, current) => restoreLinkEvents(persisted, current, limits),
    }) as unknown as StateCreator<LinkEventState>
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
