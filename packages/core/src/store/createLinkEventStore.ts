import { createStore } from 'zustand/vanilla'
import { createLinkEventInitializer } from './createLinkEventInitializer'
import { attachLinkEventForwarder, type LinkEventForwarder } from './linkEventForwarders'
import type { LinkEventPersistence } from './persistLinkEvents'
import { persistOption } from './persistOption'
import { positiveIntegerOption } from './positiveIntegerOption'
import type { LinkEventState, LinkEventStore } from './types'

/** Options of {@link createLinkEventStore}. */
export interface LinkEventStoreOptions {
  /** How many records the buffer keeps; the oldest drop first (counted in `dropped`). @default 1000 */
  maxEvents?: number
  /**
   * How many session summaries to keep; past it the oldest finished session is forgotten
   * (counted in `droppedSessions`), so memory stays flat however long the page lives. @default 200
   */
  maxSessions?: number
  /**
   * Keep a copy in Web Storage that survives a reload: pass `persistLinkEvents()` (sessionStorage)
   * or `persistLinkEvents({ storage, key })`. Token-like data is never written. Sessions open at
   * unload are marked `closed` when the page loads again. Without a storage (on the server) the
   * store silently stays in memory.
   * @default undefined (in memory only)
   */
  persist?: LinkEventPersistence | undefined
  /** The clock for `at` when a caller passes none. @default Date.now */
  now?: () => number
  /** Makes record ids. @default `${random prefix}:${seq}`, unique across reloads */
  idGenerator?: () => string
}

/**
 * Creates a zustand vanilla store that records Link events of any number of sessions: a bounded
 * buffer of typed records plus a summary per session, updated immutably so that zustand
 * subscribers (and `useStore`) see every change. Read it with the `select…` selectors; forward
 * records with `subscribeToLinkEvents`.
 *
 * @example
 * ```ts
 * const store = createLinkEventStore({ maxEvents: 500, persist: persistLinkEvents() })
 * store.getState().startSession({ sessionId })
 * store.getState().record(sessionId, parsePinwheelEvent('open', {}))
 * selectFunnel(store.getState()).all.succeeded
 * ```
 *
 * @throws RangeError when `maxEvents` or `maxSessions` is not a positive integer.
 * @throws TypeError when `persist` is not made by `persistLinkEvents()` (e.g. `true`).
 */
export function createLinkEventStore(options: LinkEventStoreOptions = {}): LinkEventStore {
  const maxEvents = positiveIntegerOption('maxEvents', options.maxEvents, 1000)
  const maxSessions = positiveIntegerOption('maxSessions', options.maxSessions, 200)
  const now = options.now ?? Date.now
  const prefix = Math.random().toString(36).slice(2, 8)
  const makeId = (seq: number): string =>
    options.idGenerator ? options.idGenerator() : `${prefix}:${seq}`
  let forwarder: LinkEventForwarder | undefined
  const initializer = createLinkEventInitializer(
    maxEvents,
    maxSessions,
    now,
    makeId,
    () => forwarder,
  )
  const persist = persistOption(options.persist)
  const store: LinkEventStore = createStore<LinkEventState>()(
    persist ? persist(initializer, { maxEvents, now }) : initializer,
  )
  forwarder = attachLinkEventForwarder(store)
  return store
}
