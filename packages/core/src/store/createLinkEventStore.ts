import { createStore } from 'zustand/vanilla'
import { parsePinwheelEvent } from '../events/parsePinwheelEvent'
import { createSessionSummary, isSwitchJob } from './createSessionSummary'
import { isTerminalStatus } from './isTerminalStatus'
import {
  type LinkEventActions,
  LinkEventStateObject,
  nextTip,
  plainState,
  tipOf,
} from './linkEventTip'
import { linkTokenFacts } from './linkTokenFacts'
import { positiveIntegerOption } from './positiveIntegerOption'
import { storeError } from './storeError'
import { succeededAt, summarizeEvent } from './summarizeEvent'
import type {
  LinkEventPersistence,
  LinkEventRecord,
  LinkEventState,
  LinkEventStore,
  LinkSessionSummary,
} from './types'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

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
   * or `persistLinkEvents({ storage, key })`, imported from `@linkwheel/core/persist` (or
   * `@linkwheel/react/persist`). @default undefined (in memory only)
   */
  persist?: LinkEventPersistence | undefined
  /** The clock for `at` when a caller passes none. @default Date.now */
  now?: () => number
}

const validTime = (at: unknown): number | undefined =>
  typeof at === 'number' && Number.isFinite(at) ? at : undefined

function checkSessionId(action: string, sessionId: unknown): void {
  if (typeof sessionId !== 'string' || sessionId === '') {
    throw storeError(
      'invalid_session_id',
      process.env.NODE_ENV !== 'production'
        ? `LinkEventStore.${action}: sessionId must be a non-empty string (got ${typeof sessionId}). Pass the id of the Link session (the controller's sessionId).`
        : '',
    )
  }
}

/**
 * Creates a zustand vanilla store of Link events: a bounded buffer of typed records (memory flat
 * at `maxEvents`) plus a summary per session, updated immutably so that subscribers (and
 * `useStore`) see every change. Read it with the `select…` selectors; forward records with
 * `subscribeToLinkEvents`.
 *
 * @example
 * ```ts
 * const store = createLinkEventStore({ maxEvents: 500 })
 * store.getState().startSession({ sessionId, linkToken })
 * store.getState().record(sessionId, 'open', {})
 * selectFunnel(store.getState()).all.counts.succeeded
 * ```
 *
 * @throws LinkwheelError `invalid_store_option` when `maxEvents` or `maxSessions` is not a
 *   positive integer.
 */
export function createLinkEventStore(options: LinkEventStoreOptions = {}): LinkEventStore {
  const maxEvents = positiveIntegerOption('maxEvents', options.maxEvents, 1000)
  const maxSessions = positiveIntegerOption('maxSessions', options.maxSessions, 200)
  const now = options.now ?? Date.now
  // Record ids stay unique across reloads of a persisted store.
  const prefix = Math.random().toString(36).slice(2, 8)

  const store = createStore<LinkEventState>()((set, get) => {
    // The tip behind the last state published (states are immutable), and the newest summaries.
    let tip = tipOf([], {})
    let map = new Map<string, LinkSessionSummary>()
    let published: LinkEventState | undefined

    /** The current state, with tip and index rebuilt if the state was set from outside the actions. */
    const current = (): LinkEventState => {
      const state = get()
      if (state !== published) {
        tip = tipOf(state.events, state.sessions)
        map = new Map(Object.entries(tip.sessions as Record<string, LinkSessionSummary>))
      }
      return state
    }
    /** Publishes `summary` (and `record`, if any); a new session may push the oldest finished one out. */
    const commit = (
      state: LinkEventState,
      summary: LinkSessionSummary,
      record?: LinkEventRecord,
    ): void => {
      const id = summary.id
      let { dropped, sessionIds, droppedSessions, lastSeq } = state
      let next = tip
      if (!map.has(id)) {
        sessionIds = [...sessionIds, id]
        while (sessionIds.length > maxSessions) {
          const index = sessionIds.findIndex((other) => {
            const status = map.get(other)?.status
            return status !== undefined && isTerminalStatus(status)
          })
          const victim = sessionIds.splice(Math.max(index, 0), 1)[0] as string
          map.delete(victim)
          droppedSessions++
          next = nextTip(next, victim, undefined, 0, maxEvents)
        }
      }
      map.set(id, summary)
      next = nextTip(next, id, summary, map.size, maxEvents, record)
      if (record) {
        dropped += tip.end - tip.start + 1 - (next.end - next.start)
        lastSeq = record.seq
      }
      tip = next
      published = new LinkEventStateObject(
        next,
        dropped,
        sessionIds,
        droppedSessions,
        lastSeq,
        actions,
      )
      set(published, true)
    }

    const actions: LinkEventActions = {
      startSession: ({ sessionId, linkToken, accountId, mode, at }) => {
        checkSessionId('startSession', sessionId)
        const state = current()
        const facts = linkTokenFacts(linkToken)
        const account = accountId ?? facts.accountId
        const decided = mode ?? (accountId ? 'on_demand_update' : facts.mode)
        const existing = map.get(sessionId)
        if (!existing) {
          const time = validTime(at) ?? now()
          const source = decided ? 'given' : 'default'
          commit(
            state,
            createSessionSummary(sessionId, time, facts.jobs, decided, source, account ?? null),
          )
          return
        }
        const summary: LinkSessionSummary = { ...existing, accountId: existing.accountId ?? null }
        if (account) summary.accountId = account
        if (decided) Object.assign(summary, { mode: decided, modeSource: 'given' })
        if (facts.jobs.length && !existing.jobs.length) {
          summary.jobs = facts.jobs
          summary.switchJob ||= facts.jobs.some(isSwitchJob)
          if (!isTerminalStatus(summary.status)) summary.succeededAt = succeededAt(summary)
        }
        commit(state, summary)
      },
      record: (sessionId, name, payload, at) => {
        checkSessionId('record', sessionId)
        const state = current()
        const event = parsePinwheelEvent(name, payload)
        const seq = state.lastSeq + 1
        const time = validTime(at) ?? now()
        const record = {
          name: event.name,
          payload: event.payload,
          id: `${prefix}:${seq}`,
          seq,
          sessionId,
          at: time,
        } as LinkEventRecord
        const summary = map.get(sessionId) ?? createSessionSummary(sessionId, time)
        commit(state, summarizeEvent(summary, record), record)
        return record
      },
      endSession: (sessionId, _reason, at) => {
        const state = current()
        const summary = map.get(sessionId)
        if (!summary || isTerminalStatus(summary.status)) return
        const done = succeededAt(summary)
        commit(state, {
          ...summary,
          status: done === null ? 'closed' : 'succeeded',
          succeededAt: done,
          closedAt: validTime(at) ?? now(),
        })
      },
      clear: () => {
        const { lastSeq } = current()
        tip = tipOf([], {})
        map = new Map()
        published = new LinkEventStateObject(tip, 0, [], 0, lastSeq, actions)
        set(published, true)
      },
    }
    published = new LinkEventStateObject(tip, 0, [], 0, 0, actions)
    return published
  })
  // zustand merges a partial update with Object.assign, which would drop the getters.
  const { setState } = store
  store.setState = ((partial, replace) =>
    setState((state) => {
      const next = typeof partial === 'function' ? partial(state) : partial
      return replace ? (next as LinkEventState) : { ...plainState(state), ...next }
    }, true)) as LinkEventStore['setState']
  options.persist?.(store, { maxEvents, now })
  return store
}
