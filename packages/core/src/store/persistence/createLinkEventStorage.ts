import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { LinkEventRecord, LinkEventState, LinkSessionSummary } from '../types'
import { toStorableJson } from './toStorableJson'

/** The part of {@link LinkEventState} that is persisted. */
export type PersistedLinkEvents = Pick<
  LinkEventState,
  'events' | 'dropped' | 'sessions' | 'sessionIds' | 'droppedSessions' | 'lastSeq'
>

/**
 * A zustand `PersistStorage` over a Web Storage area that
 * - writes at most once per microtask (recording 1,000 events in a loop serialises once),
 * - stores each record and summary through {@link toStorableJson} (token-like data redacted,
 *   cycles and bigints made safe), converting each object once,
 * - survives a full or disabled storage (warns once) and unreadable stored data (starts empty).
 */
export function createLinkEventStorage(storage: Storage): PersistStorage<PersistedLinkEvents> {
  const storable = new WeakMap<object, unknown>()
  const once = (item: LinkEventRecord | LinkSessionSummary): unknown => {
    let stored = storable.get(item)
    if (stored === undefined) {
      stored = toStorableJson(item)
      storable.set(item, stored)
    }
    return stored
  }
  let pending: { name: string; value: StorageValue<PersistedLinkEvents> } | null = null
  let warned = false
  const warn = (what: string, error: unknown): void => {
    if (warned) return
    warned = true
    console.warn(
      `[linkwheel] the Link event store could not ${what}; events stay in memory only. Free some storage, or drop persistLinkEvents() from createLinkEventStore.`,
      error,
    )
  }

  const flush = (): void => {
    if (!pending) return
    const { name, value } = pending
    pending = null
    const state = value.state
    const sessions: Record<string, unknown> = {}
    for (const id of Object.keys(state.sessions)) {
      sessions[id] = once(state.sessions[id] as LinkSessionSummary)
    }
    try {
      const json = JSON.stringify({
        version: value.version,
        state: {
          events: state.events.map(once),
          dropped: state.dropped,
          sessions,
          sessionIds: state.sessionIds,
          droppedSessions: state.droppedSessions,
          lastSeq: state.lastSeq,
        },
      })
      storage.setItem(name, json)
    } catch (error) {
      warn('save its events', error)
    }
  }

  return {
    getItem(name) {
      try {
        const json = storage.getItem(name)
        if (json === null) return null
        const parsed: unknown = JSON.parse(json)
        if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return null
        return parsed as StorageValue<PersistedLinkEvents>
      } catch (error) {
        warn('read its saved events', error)
        return null
      }
    },
    setItem(name, value) {
      const scheduled = pending !== null
      pending = { name, value }
      if (!scheduled) queueMicrotask(flush)
    },
    removeItem(name) {
      pending = null
      try {
        storage.removeItem(name)
      } catch (error) {
        warn('remove its saved events', error)
      }
    },
  }
}
