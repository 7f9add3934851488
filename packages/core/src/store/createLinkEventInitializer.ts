import type { StateCreator } from 'zustand/vanilla'
import { addSession } from './addSession'
import { createRecordCommitter } from './createRecordCommitter'
import { createReportIngestor } from './createReportIngestor'
import { createSessionSummary } from './createSessionSummary'
import { withSummary } from './internal/sessionTable'
import { isTerminalStatus } from './isTerminalStatus'
import type { LinkEventForwarder } from './linkEventForwarders'
import { emptyTip, type LinkEventTip, tipOfPlainState } from './linkEventTip'
import {
  type LinkEventActions,
  type LinkEventScalars,
  makeLinkEventState,
} from './makeLinkEventState'
import { toLinkEventRecord } from './toLinkEventRecord'
import type { LinkEventState, LinkSessionSummary } from './types'
import { validTime } from './validTime'

/**
 * Makes the zustand state creator of `createLinkEventStore`: the initial state and the actions
 * (`startSession`, `record`, `recordMany`, `endSession`, `clear`, `ingest`) that publish each next
 * state.
 * `getForwarder` is called at every commit, so the forwarder may be attached after the store is
 * created.
 */
export function createLinkEventInitializer(
  maxEvents: number,
  maxSessions: number,
  now: () => number,
  makeId: (seq: number) => string,
  getForwarder: () => LinkEventForwarder | undefined,
): StateCreator<LinkEventState> {
  return (set, get) => {
    // The internal views behind the last state this store published. States are immutable;
    // `events` and `sessions` are getters that build their plain values on first read, once.
    let tip: LinkEventTip = emptyTip()
    let published: LinkEventState | undefined

    /** The tip for the current state, rebuilt when the state was set from outside the actions. */
    const current = (): { state: LinkEventState; tip: LinkEventTip } => {
      const state = get()
      if (state !== published) tip = tipOfPlainState(state)
      return { state, tip }
    }

    const publish = (next: LinkEventTip, scalars: LinkEventScalars): void => {
      tip = next
      published = makeLinkEventState(next, scalars, actions)
      set(published, true)
    }

    const commit = createRecordCommitter(current, publish, maxEvents, maxSessions, getForwarder)

    const scalarsOf = (state: LinkEventState): LinkEventScalars => ({
      dropped: state.dropped,
      sessionIds: state.sessionIds,
      droppedSessions: state.droppedSessions,
      lastSeq: state.lastSeq,
    })

    const actions: LinkEventActions = {
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
        const record = toLinkEventRecord(get().lastSeq + 1, sessionId, event, at, makeId, now)
        commit([record])
        return record
      },
      recordMany: (entries) => {
        if (entries.length === 0) return []
        let seq = get().lastSeq
        const records = entries.map(({ sessionId, event, at }) =>
          toLinkEventRecord(++seq, sessionId, event, at, makeId, now),
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
      ingest: createReportIngestor(get),
    }

    published = makeLinkEventState(
      tip,
      { dropped: 0, sessionIds: [], droppedSessions: 0, lastSeq: 0 },
      actions,
    )
    return published
  }
}
