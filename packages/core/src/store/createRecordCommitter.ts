import { addSession } from './addSession'
import { createSessionSummary } from './createSessionSummary'
import { appendToLog, sizeOf } from './internal/eventLog'
import { withSummary } from './internal/sessionTable'
import type { LinkEventForwarder } from './linkEventForwarders'
import type { LinkEventTip } from './linkEventTip'
import type { LinkEventScalars } from './makeLinkEventState'
import { summarizeEvent } from './summarizeEvent'
import type { LinkEventRecord, LinkEventState } from './types'

/**
 * Makes the hot path behind `record()` and `recordMany()`: it appends records (in seq order) and
 * updates their summaries in one immutable update, then hands them to the forwarder. `current`
 * gives the state and tip to build on, `publish` publishes the next state, and `getForwarder`
 * gives the forwarder (none while the store is being created).
 */
export function createRecordCommitter(
  current: () => { state: LinkEventState; tip: LinkEventTip },
  publish: (next: LinkEventTip, scalars: LinkEventScalars) => void,
  maxEvents: number,
  maxSessions: number,
  getForwarder: () => LinkEventForwarder | undefined,
): (records: readonly LinkEventRecord[]) => void {
  return (records) => {
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
    const forwarder = getForwarder()
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
}
