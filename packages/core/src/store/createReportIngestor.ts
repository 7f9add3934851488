import type { PinwheelEvent } from '../events/PinwheelEventPayloads'
import { parsePinwheelEvent } from '../events/parsePinwheelEvent'
import type { LinkSessionReport } from '../session/LinkSessionReport'
import { twinnedCallbacks, twinnedEventNames } from '../session/twinnedCallbacks'
import type { LinkEventState } from './types'

/** Sessions whose twin bookkeeping is kept; older ones are forgotten (bounded memory). */
const trackedSessions = 200

/** One report seen on one channel and not yet matched by its twin from the other. */
interface Occurrence {
  key: string | null
  raw: unknown
}

/** Per session: unmatched occurrences per channel and name, and whether it exited. */
interface TwinBook {
  onEvent: Map<string, Occurrence[]>
  callback: Map<string, Occurrence[]>
  exited: boolean
}

/**
 * A content key for matching twins: JSON that survives bigints and cycles (a malformed payload
 * must still be recognised on the other channel); `null` only if reading the payload throws.
 */
function keyOf(event: PinwheelEvent): string | null {
  const seen = new WeakSet<object>()
  try {
    return JSON.stringify(event, (_key, value: unknown) => {
      if (typeof value === 'bigint') return `${value}n`
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) return '[seen]'
        seen.add(value)
      }
      return value
    })
  } catch {
    return null
  }
}

const named = (claim: unknown): claim is string => typeof claim === 'string' && claim !== ''

/**
 * Makes a store's `ingest` action: it turns a controller's raw {@link LinkSessionReport}s into the
 * store's records. Each script callback is parsed (`unknown` when it cannot be typed) and recorded
 * once: the script reports login, success, error and exit both by `onEvent` and by their own
 * callback, in either order, and the second of a pair is its twin (same content; any exit for
 * exit). A `start` decides the mode: an `accountId` (or `account_id` claim) is an On Demand
 * Update; claims that preselect an employer or platform are a connect; otherwise the events
 * decide. Actions are read at each report, so a replaced state's actions are used.
 */
export function createReportIngestor(
  get: () => Pick<LinkEventState, 'startSession' | 'record' | 'endSession'>,
): (report: LinkSessionReport) => void {
  const books = new Map<string, TwinBook>()

  const bookOf = (sessionId: string): TwinBook => {
    let book = books.get(sessionId)
    if (!book) {
      book = { onEvent: new Map(), callback: new Map(), exited: false }
      books.set(sessionId, book)
      if (books.size > trackedSessions) books.delete(books.keys().next().value as string)
    }
    return book
  }

  /** Whether this occurrence is the twin of one already recorded from the other channel. */
  const isTwin = (
    book: TwinBook,
    channel: 'onEvent' | 'callback',
    name: string,
    mine: Occurrence,
  ): boolean => {
    const other = book[channel === 'onEvent' ? 'callback' : 'onEvent'].get(name) ?? []
    // There is one exit per session, so any exit from the other channel is its twin. Otherwise
    // the same content is a twin, or, for an unreadable payload, the same object.
    const index =
      name === 'exit'
        ? other.length
          ? 0
          : -1
        : other.findIndex((seen) =>
            mine.key === null || seen.key === null
              ? Object.is(seen.raw, mine.raw)
              : seen.key === mine.key,
          )
    if (index >= 0) {
      other.splice(index, 1)
      return true
    }
    const list = book[channel].get(name) ?? []
    list.push(mine)
    book[channel].set(name, list)
    return false
  }

  return (report) => {
    const { sessionId } = report
    const at = report.at === undefined ? {} : { at: report.at }
    const state = get()
    switch (report.type) {
      case 'start': {
        const accountId = report.accountId ?? report.claims?.account_id
        if (named(accountId)) {
          state.startSession({ sessionId, mode: 'on_demand_update', accountId, ...at })
        } else if (named(report.claims?.employer_id) || named(report.claims?.platform_id)) {
          // Such a session skips the search, so no select_* event would tell the store.
          state.startSession({ sessionId, mode: 'connect', ...at })
        } else {
          state.startSession({ sessionId, ...at })
        }
        return
      }
      case 'end':
        // The book stays: a twin may still come after the host closed the session (the script
        // reported an error by onEvent, the controller closed Link to refetch the token, then
        // the onError twin arrived) and must not be recorded twice.
        state.endSession(sessionId, 'closed', report.at)
        return
      case 'callback_threw': {
        const { callback, error } = report
        const message = error instanceof Error ? error.message : String(error)
        state.record(
          sessionId,
          {
            name: 'unknown',
            payload: {
              rawName: 'linkwheel.callback_error',
              rawPayload: { callback, message },
              reason: `callback ${callback} threw: ${message}`,
            },
          },
          report.at,
        )
        return
      }
      case 'callback': {
        const onEvent = report.callback === 'onEvent'
        const rawName = onEvent
          ? report.args[0]
          : twinnedCallbacks[report.callback as keyof typeof twinnedCallbacks]
        const rawPayload = onEvent ? report.args[1] : report.args[0]
        const event = parsePinwheelEvent(rawName, rawPayload)
        const book = bookOf(sessionId)
        if (
          typeof rawName === 'string' &&
          twinnedEventNames.has(rawName) &&
          isTwin(book, onEvent ? 'onEvent' : 'callback', rawName, {
            key: keyOf(event),
            raw: rawPayload,
          })
        ) {
          return
        }
        state.record(sessionId, event, report.at)
        // A malformed exit still ends the session; the store could not type it, so close it.
        if (rawName === 'exit' && !book.exited) {
          book.exited = true
          if (event.name !== 'exit') state.endSession(sessionId, 'closed', report.at)
        }
      }
    }
  }
}
