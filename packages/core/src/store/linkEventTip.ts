import type { LinkEventRecord, LinkEventState, LinkSessionSummary } from './types'

type Sessions = Record<string, LinkSessionSummary>

/**
 * The data behind one published state, never changed once published (only its caches fill in).
 * - Events: `log[start..end)` of an append-only log that the tips share. Appending writes past
 *   every older tip's `end`, so no record is copied per event; the log is compacted once it holds
 *   twice `max`, so copying is amortised O(1) per record and memory stays bounded.
 * - Sessions: one change (`id` set to `summary`; `undefined` removes it) on top of `parent`. The
 *   plain object is built on first read, walking back to the nearest built tip, and eagerly once
 *   the chain is as long as the table, so reads stay cheap and the chain stays bounded.
 */
export interface LinkEventTip {
  log: LinkEventRecord[]
  start: number
  end: number
  /** The published event array, made on first read. */
  events: LinkEventRecord[] | undefined
  /** The tip whose event array this one shares (no record was appended), if any. */
  same: LinkEventTip | undefined
  parent: LinkEventTip | undefined
  id: string
  summary: LinkSessionSummary | undefined
  /** Changes since the nearest built tip. */
  depth: number
  /** The published summaries (null prototype: any id is a plain key), made on first read. */
  sessions: Sessions | undefined
}

/**
 * A tip holding `events` and `sessions`. The table is copied; the array is the tip's log until a
 * record is appended, which copies it first: the store never writes into a caller's data, nor into
 * the log of the state zustand keeps as the initial one.
 */
export function tipOf(events: LinkEventRecord[], sessions: Sessions): LinkEventTip {
  const table: Sessions = Object.create(null)
  for (const id of Object.keys(sessions)) table[id] = sessions[id] as LinkSessionSummary
  const end = events.length
  return {
    log: events,
    start: 0,
    end,
    events,
    same: undefined,
    parent: undefined,
    id: '',
    summary: undefined,
    depth: 0,
    sessions: table,
  }
}

/** The records of a tip, oldest first, as one array made once per tip. */
export function eventsOf(tip: LinkEventTip): LinkEventRecord[] {
  tip.events ??= tip.same ? eventsOf(tip.same) : tip.log.slice(tip.start, tip.end)
  return tip.events
}

/** The summaries of a tip by session id, made once per tip. */
export function sessionsOf(tip: LinkEventTip): Sessions {
  if (tip.sessions) return tip.sessions
  const changes: LinkEventTip[] = []
  let base = tip
  while (!base.sessions) {
    changes.push(base)
    base = base.parent as LinkEventTip
  }
  const latest = new Map<string, LinkSessionSummary | undefined>()
  for (let i = changes.length; i--; ) {
    const change = changes[i] as LinkEventTip
    latest.set(change.id, change.summary)
  }
  // Rebuilt key by key rather than copied and `delete`d, which would make a slow dictionary.
  const value: Sessions = Object.create(null)
  for (const id in base.sessions) if (!latest.has(id)) value[id] = base.sessions[id] as never
  for (const [id, summary] of latest) if (summary) value[id] = summary
  tip.parent = undefined
  tip.sessions = value
  return value
}

/**
 * The tip after `tip` with `id` set to `summary` (removed when `undefined`) and `record`, if any,
 * appended; the buffer keeps the last `max` records, the table holds `size` sessions.
 */
export function nextTip(
  tip: LinkEventTip,
  id: string,
  summary: LinkSessionSummary | undefined,
  size: number,
  max: number,
  record?: LinkEventRecord,
): LinkEventTip {
  let { log, start, end } = tip
  let compacted = false
  if (record) {
    // A branch from an older state must not write into the log its successors share, nor into a
    // published array (see tipOf).
    if (end !== log.length || log === tip.events) {
      log = log.slice(start, end)
      end -= start
      start = 0
    }
    log.push(record)
    if (++end - start > max) start = end - max
    if (end >= 2 * max) {
      log = log.slice(start, end)
      end -= start
      start = 0
      compacted = true
    }
  }
  const next: LinkEventTip = {
    log,
    start,
    end,
    events: record ? undefined : tip.events,
    same: record ? undefined : tip,
    parent: tip,
    id,
    summary,
    depth: tip.sessions ? 1 : tip.depth + 1,
    sessions: undefined,
  }
  // Built at a compaction too: the chain then no longer holds the old log and the records it kept.
  if (compacted || next.depth >= Math.max(64, size)) sessionsOf(next)
  return next
}

/** Where a published state keeps its tip: a symbol, not `#tip`, which es2020 builds turn into a WeakMap. */
const tipKey = Symbol('tip')

/** The actions, the same functions in every state of a store. */
export type LinkEventActions = Pick<
  LinkEventState,
  'startSession' | 'record' | 'endSession' | 'clear'
>

/**
 * A published state: `events` and `sessions` are getters that build their plain values on first
 * read, so recording an event allocates its record, its summary, a tip and this small object
 * only. A class, not an object literal with getters, which V8 creates about 50 times slower. The
 * getters sit on the prototype, so a spread of a state lacks them: use {@link plainState}.
 */
// Fields are `declare`d, assigned in the constructor: declared class fields would compile, for
// es2020 targets, into one defineProperty call per field per state.
export class LinkEventStateObject {
  declare readonly [tipKey]: LinkEventTip
  declare dropped: number
  declare sessionIds: string[]
  declare droppedSessions: number
  declare lastSeq: number
  declare startSession: LinkEventState['startSession']
  declare record: LinkEventState['record']
  declare endSession: LinkEventState['endSession']
  declare clear: LinkEventState['clear']

  constructor(
    tip: LinkEventTip,
    dropped: number,
    sessionIds: string[],
    droppedSessions: number,
    lastSeq: number,
    actions: LinkEventActions,
  ) {
    this[tipKey] = tip
    this.dropped = dropped
    this.sessionIds = sessionIds
    this.droppedSessions = droppedSessions
    this.lastSeq = lastSeq
    this.startSession = actions.startSession
    this.record = actions.record
    this.endSession = actions.endSession
    this.clear = actions.clear
  }

  get events(): LinkEventRecord[] {
    return eventsOf(this[tipKey])
  }

  get sessions(): Sessions {
    return sessionsOf(this[tipKey])
  }
}

/** A plain-object copy of a state, `events` and `sessions` included (a spread would drop them). */
export function plainState(state: LinkEventState): LinkEventState {
  return { ...state, events: state.events, sessions: state.sessions }
}
