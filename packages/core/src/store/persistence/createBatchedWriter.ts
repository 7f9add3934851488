import type { LinkEventRecord, LinkEventState, LinkSessionSummary } from '../types'
import { toStorableJson } from './toStorableJson'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/** The stored format's version; data of another version is not read. */
export const STORED_VERSION = 2

/** Reads and writes one store's copy in Web Storage. */
export interface BatchedWriter {
  /** The stored state (`{ events, sessions, … }`), or `null` when there is none or it is unreadable. */
  read(): unknown
  /** Asks for a write of the current state: done once events pause (one per idle period at most). */
  schedule(): void
  /** Writes now, if a write is pending. */
  flush(): void
}

type Frame = (callback: () => void) => unknown

/** Whether a storage error says the storage is full (Chromium, Safari; Firefox's own name). */
const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')

/** How long no event must have come before a write, and the longest a write waits (ms). */
const quiet = 50
const maxDelay = 1000

/**
 * Creates the writer behind `persistLinkEvents`: writes are coalesced to one per pause in the
 * events (an idle period 50 ms after the last event, at most 1 s late), and done at once when
 * the page is hidden, so nothing recorded before an unload is lost. Each record and summary is made safe (`toStorableJson`) and serialised once,
 * then reused by every later write while it is still in the state. A full or disabled storage
 * keeps the newest events that fit (halving) and warns once in development; the store's memory
 * is never touched.
 */
export function createBatchedWriter(
  storage: Storage,
  key: string,
  getState: () => LinkEventState,
): BatchedWriter {
  const json = new WeakMap<LinkEventRecord | LinkSessionSummary, string>()
  const jsonOf = (item: LinkEventRecord | LinkSessionSummary): string => {
    let text = json.get(item)
    if (text === undefined) {
      text = JSON.stringify(toStorableJson(item))
      json.set(item, text)
    }
    return text
  }
  let pending = false
  let warned = false
  const warn = (error: unknown): void => {
    if (process.env.NODE_ENV !== 'production' && !warned) {
      warned = true
      console.warn(
        '[linkwheel] the Link event store could not save its events (storage full or blocked); they stay in memory and the newest that fit are saved. Lower maxEvents, or drop persistLinkEvents().',
        error,
      )
    }
  }

  const serialise = (state: LinkEventState, keep: number): string => {
    const { events, sessions } = state
    const kept = keep < events.length ? events.slice(events.length - keep) : events
    const summaries = state.sessionIds
      .filter((id) => sessions[id] !== undefined)
      .map((id) => `${JSON.stringify(id)}:${jsonOf(sessions[id] as LinkSessionSummary)}`)
    return `{"version":${STORED_VERSION},"state":{"events":[${kept.map(jsonOf).join(',')}],"dropped":${state.dropped + events.length - kept.length},"sessions":{${summaries.join(',')}},"sessionIds":${JSON.stringify(state.sessionIds)},"droppedSessions":${state.droppedSessions},"lastSeq":${state.lastSeq}}}`
  }

  const flush = (): void => {
    if (!pending) return
    pending = false
    const state = getState()
    for (let keep = state.events.length; ; keep = Math.floor(keep / 2)) {
      try {
        storage.setItem(key, serialise(state, keep))
        return
      } catch (error) {
        warn(error)
        // Only a full storage may take less; a blocked one (SecurityError) takes nothing.
        if (keep === 0 || !isQuotaError(error)) return
      }
    }
  }

  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush()
    })
  }
  // The write waits for an idle period with no event in the last 50 ms, so a burst of events
  // (which leaves short idle gaps between its messages) costs one write after it; never more
  // than a second late, so a page that is never quiet still saves.
  const later: Frame =
    typeof requestIdleCallback === 'function'
      ? (callback) => requestIdleCallback(callback, { timeout: maxDelay })
      : (callback) => setTimeout(callback, quiet)
  let firstAt = 0
  let lastAt = 0
  const settle = (): void => {
    const now = Date.now()
    if (pending && now - lastAt < quiet && now - firstAt < maxDelay) later(settle)
    else flush()
  }

  return {
    read() {
      try {
        const text = storage.getItem(key)
        const stored: unknown = text === null ? null : JSON.parse(text)
        const valid =
          typeof stored === 'object' &&
          stored !== null &&
          (stored as { version?: unknown }).version === STORED_VERSION
        return valid ? (stored as { state: unknown }).state : null
      } catch {
        return null
      }
    },
    schedule() {
      lastAt = Date.now()
      if (pending) return
      pending = true
      firstAt = lastAt
      later(settle)
    },
    flush,
  }
}
