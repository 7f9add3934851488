import { isTerminalStatus } from '../isTerminalStatus'
import type { LinkEventRecord, LinkEventState, LinkSessionSummary } from '../types'

interface RestoreOptions {
  maxEvents: number
  now: () => number
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

function isRecord(value: unknown): value is LinkEventRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    isObject(value.payload) &&
    isCount(value.seq) &&
    typeof value.sessionId === 'string' &&
    typeof value.at === 'number'
  )
}

function isSummary(value: unknown): value is LinkSessionSummary {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.status === 'string' &&
    typeof value.openedAt === 'number' &&
    Array.isArray(value.jobs) &&
    Array.isArray(value.errors) &&
    Array.isArray(value.jobsSucceeded)
  )
}

/**
 * The state to start from: what storage held merged into a fresh state. Records and summaries
 * that do not look like ours are skipped; a session that was still open when the page unloaded
 * is marked `closed` (interrupted) now; the buffer is cut to this store's `maxEvents`. Any session
 * id is safe: the sessions object has no prototype.
 */
export function restoreLinkEvents(
  persisted: unknown,
  current: LinkEventState,
  { maxEvents, now }: RestoreOptions,
): LinkEventState {
  if (!isObject(persisted)) return current
  const stored = Array.isArray(persisted.events) ? persisted.events.filter(isRecord) : []
  const events = stored.length > maxEvents ? stored.slice(stored.length - maxEvents) : stored
  const closedAt = now()
  const sessions: Record<string, LinkSessionSummary> = Object.create(null)
  const sessionIds: string[] = []
  const storedSessions = isObject(persisted.sessions) ? persisted.sessions : {}
  const order = Array.isArray(persisted.sessionIds) ? persisted.sessionIds : []
  for (const id of order) {
    const summary =
      typeof id === 'string' && Object.hasOwn(storedSessions, id) ? storedSessions[id] : undefined
    if (!isSummary(summary) || summary.id !== id || Object.hasOwn(sessions, id)) continue
    sessions[id] = isTerminalStatus(summary.status)
      ? summary
      : { ...summary, status: summary.succeededAt === null ? 'closed' : 'succeeded', closedAt }
    sessionIds.push(id)
  }
  const lastStoredSeq = events.at(-1)?.seq ?? 0
  return {
    ...current,
    events,
    dropped: (isCount(persisted.dropped) ? persisted.dropped : 0) + (stored.length - events.length),
    sessions,
    sessionIds,
    droppedSessions: isCount(persisted.droppedSessions) ? persisted.droppedSessions : 0,
    lastSeq: Math.max(
      isCount(persisted.lastSeq) ? persisted.lastSeq : 0,
      lastStoredSeq,
      current.lastSeq,
    ),
  }
}
