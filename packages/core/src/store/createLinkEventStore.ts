import { createStore, type StateCreator } from 'zustand/vanilla'
import type { PinwheelEvent } from '../events/PinwheelEventPayloads'
import { isPinwheelEventName } from '../events/pinwheelEventNames'
import { createSessionSummary } from './createSessionSummary'
import { appendToLog, type EventLogView, eventsOf, sizeOf, viewOfArray } from './internal/eventLog'
import {
  type SessionTableVersion,
  sessionsOf,
  versionOfObject,
  withSummary,
} from './internal/sessionTable'
import { isTerminalStatus } from './isTerminalStatus'
import { attachLinkEventForwarder, type LinkEventForwarder } from './linkEventForwarders'
import type { LinkEventPersistence } from './persistLinkEvents'
import { summarizeEvent } from './summarizeEvent'
import type { LinkEventRecord, LinkEventState, LinkEventStore, LinkSessionSummary } from './types'

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
  const maxEvents = positiveInteger('maxEvents', options.maxEvents, 1000)
  const maxSessions = positiveInteger('maxSessions', options.maxSessions, 200)
  const now = options.now ?? Date.now
  const prefix = Math.random().toString(36).slice(2, 8)
  const makeId = (seq: number): string =>
    options.idGenerator ? options.idGenerator() : `${prefix}:${seq}`
  let forwarder: LinkEventForwarder | undefined

  const initializer: StateCreator<LinkEventState> = (set, get) => {
    // The internal views behind the last state this store published. States are immutable;
    // `events` and `sessions` are getters that build their plain values on first read, once.
    let tip: Tip = emptyTip()
    let published: LinkEventState | undefined

    /** The tip for the current state, rebuilt when the state was set from outside the actions. */
    const current = (): { state: LinkEventState; tip: Tip } => {
      const state = get()
      if (state !== published) tip = tipOfPlainState(state)
      return { state, tip }
    }

    const publish = (next: Tip, scalars: Scalars): void => {
      tip = next
      published = makeState(next, scalars, actions)
      set(published, true)
    }

    /** Appends records (in seq order) and updates their summaries in one immutable update. */
    const commit = (records: readonly LinkEventRecord[]): void => {
      const { state, tip: base } = current()
      const events = appendToLog(base.events, records, maxEvents)
      let version = base.sessions
      let sessionIds = state.sessionIds
      let droppedSessions = state.droppedSessions
      for (const record of records) {
        const id = record.sessionId
        let summary = base.map.get(id)
        if (!summary) {
          summary = createSessionSummary(id, record.at)
          const added = addSession(base.map, sessionIds, id, maxSessions)
          sessionIds = added.sessionIds
          droppedSessions += added.removed.length
          for (const removed of added.removed) version = withSummary(version, removed, undefined)
        }
        summary = summarizeEvent(summary, record)
        base.map.set(id, summary)
        version = withSummary(version, id, summary)
      }
      for (const record of records) forwarder?.enqueue(record)
      try {
        publish(
          { events, sessions: version, map: base.map },
          {
            dropped: state.dropped + sizeOf(base.events) + records.length - sizeOf(events),
            sessionIds,
            droppedSessions,
            lastSeq: (records.at(-1) as LinkEventRecord).seq,
          },
        )
      } finally {
        forwarder?.drain()
      }
    }

    const toRecord = (seq: number, sessionId: unknown, event: PinwheelEvent, at: unknown) => {
      if (typeof sessionId !== 'string' || sessionId === '') {
        throw new TypeError(
          `LinkEventStore.record: sessionId must be a non-empty string (got ${typeof sessionId}). Pass the id given to startSession().`,
        )
      }
      // Typed callers always pass an event; untyped ones may not, and the event is still kept.
      const raw = event as Partial<PinwheelEvent> | null | undefined
      const known = raw?.name === 'unknown' || isPinwheelEventName(raw?.name)
      const typed: PinwheelEvent = known
        ? event
        : {
            name: 'unknown',
            payload: {
              rawName: raw?.name,
              rawPayload: raw?.payload,
              reason:
                'record() was given something that is not a PinwheelEvent; parse raw data with parsePinwheelEvent()',
            },
          }
      return {
        name: typed.name,
        payload: typed.payload,
        id: makeId(seq),
        seq,
        sessionId,
        at: validTime(at) ?? now(),
      } as LinkEventRecord
    }

    const scalarsOf = (state: LinkEventState): Scalars => ({
      dropped: state.dropped,
      sessionIds: state.sessionIds,
      droppedSessions: state.droppedSessions,
      lastSeq: state.lastSeq,
    })

    const actions: Actions = {
      startSession: ({ sessionId, mode, accountId, at }) => {
        if (typeof sessionId !== 'string' || sessionId === '') {
          throw new TypeError('LinkEventStore.startSession: sessionId must be a non-empty string.')
        }
        const { state, tip: base } = current()
        const existing = base.map.get(sessionId)
        const scalars = scalarsOf(state)
        if (existing) {
          const summary: LinkSessionSummary = {
            ...existing,
            ...(mode ? { mode, modeSource: 'given' as const } : {}),
            accountId: accountId ?? existing.accountId,
          }
          base.map.set(sessionId, summary)
          publish({ ...base, sessions: withSummary(base.sessions, sessionId, summary) }, scalars)
          return
        }
        const summary = createSessionSummary(
          sessionId,
          validTime(at) ?? now(),
          mode,
          mode ? 'given' : 'default',
          accountId ?? null,
        )
        const added = addSession(base.map, state.sessionIds, sessionId, maxSessions)
        base.map.set(sessionId, summary)
        let version = base.sessions
        for (const removed of added.removed) version = withSummary(version, removed, undefined)
        publish(
          { ...base, sessions: withSummary(version, sessionId, summary) },
          {
            ...scalars,
            sessionIds: added.sessionIds,
            droppedSessions: state.droppedSessions + added.removed.length,
          },
        )
      },
      record: (sessionId, event, at) => {
        const record = toRecord(get().lastSeq + 1, sessionId, event, at)
        commit([record])
        return record
      },
      recordMany: (entries) => {
        if (entries.length === 0) return []
        let seq = get().lastSeq
        const records = entries.map(({ sessionId, event, at }) =>
          toRecord(++seq, sessionId, event, at),
        )
        commit(records)
        return records
      },
      endSession: (sessionId, _reason, at) => {
        const { state, tip: base } = current()
        const summary = base.map.get(sessionId)
        if (!summary || isTerminalStatus(summary.status)) return
        const closed: LinkSessionSummary = {
          ...summary,
          status: 'closed',
          closedAt: validTime(at) ?? now(),
        }
        base.map.set(sessionId, closed)
        publish(
          { ...base, sessions: withSummary(base.sessions, sessionId, closed) },
          scalarsOf(state),
        )
      },
      clear: () => {
        const { state } = current()
        publish(emptyTip(), {
          dropped: 0,
          sessionIds: [],
          droppedSessions: 0,
          lastSeq: state.lastSeq,
        })
      },
    }

    published = makeState(
      tip,
      { dropped: 0, sessionIds: [], droppedSessions: 0, lastSeq: 0 },
      actions,
    )
    return published
  }

  const persist = options.persist
  if (persist && typeof persist !== 'function') {
    throw new TypeError(
      'createLinkEventStore: persist takes persistLinkEvents(options?) from @linkwheel/core, e.g. { persist: persistLinkEvents() }.',
    )
  }
  const store: LinkEventStore = createStore<LinkEventState>()(
    persist ? persist(initializer, { maxEvents, now }) : initializer,
  )
  forwarder = attachLinkEventForwarder(store)
  return store
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`createLinkEventStore: ${name} must be a positive integer (got ${value}).`)
  }
  return value
}

function validTime(at: unknown): number | undefined {
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined
}

type Actions = Pick<
  LinkEventState,
  'startSession' | 'record' | 'recordMany' | 'endSession' | 'clear'
>
type Scalars = Pick<LinkEventState, 'dropped' | 'sessionIds' | 'droppedSessions' | 'lastSeq'>

/** The internal views behind a published state, plus a mutable index of the newest summaries. */
interface Tip {
  events: EventLogView
  sessions: SessionTableVersion
  map: Map<string, LinkSessionSummary>
}

function emptyTip(): Tip {
  return { events: viewOfArray([]), sessions: versionOfObject({}), map: new Map() }
}

function tipOfPlainState(state: LinkEventState): Tip {
  const map = new Map<string, LinkSessionSummary>()
  for (const id of Object.keys(state.sessions)) {
    map.set(id, state.sessions[id] as LinkSessionSummary)
  }
  return {
    events: viewOfArray(state.events),
    sessions: versionOfObject(state.sessions),
    map,
  }
}

/**
 * A state object whose `events` and `sessions` are built on first read (once, then shared by the
 * states that hold the same view): recording an event allocates the record and its summary only.
 */
function makeState(tip: Tip, scalars: Scalars, actions: Actions): LinkEventState {
  const { events, sessions } = tip
  return {
    get events() {
      return eventsOf(events)
    },
    get sessions() {
      return sessionsOf(sessions)
    },
    dropped: scalars.dropped,
    sessionIds: scalars.sessionIds,
    droppedSessions: scalars.droppedSessions,
    lastSeq: scalars.lastSeq,
    startSession: actions.startSession,
    record: actions.record,
    recordMany: actions.recordMany,
    endSession: actions.endSession,
    clear: actions.clear,
  }
}

/**
 * Adds a session id; past `max`, forgets the oldest finished session (else the oldest) and removes
 * it from `map`. Returns the new id list and the ids forgotten.
 */
function addSession(
  map: Map<string, LinkSessionSummary>,
  ids: string[],
  sessionId: string,
  max: number,
): { sessionIds: string[]; removed: string[] } {
  const sessionIds = [...ids, sessionId]
  const removed: string[] = []
  while (sessionIds.length > max) {
    const index = sessionIds.findIndex((id) => {
      const summary = map.get(id)
      return summary !== undefined && isTerminalStatus(summary.status)
    })
    const [victim] = sessionIds.splice(index === -1 ? 0 : index, 1)
    map.delete(victim as string)
    removed.push(victim as string)
  }
  return { sessionIds, removed }
}
