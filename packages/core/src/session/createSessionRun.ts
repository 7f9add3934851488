import type {
  EmptyPayload,
  LinkResult,
  PinwheelError,
  PinwheelEvent,
} from '../events/PinwheelEventPayloads'
import { parsePinwheelEvent } from '../events/parsePinwheelEvent'
import type { InitializationParams } from '../params/InitializationParams'
import type { LinkEventStore } from '../store/types'
import type { PinwheelLinkCallbacks } from './PinwheelLinkOptions'

/** The script reports these by `onEvent` and by their own callback; each occurrence counts once. */
const twinned = {
  login: 'onLogin',
  success: 'onSuccess',
  error: 'onError',
  exit: 'onExit',
} as const
type TwinName = keyof typeof twinned
type Channel = 'onEvent' | 'callback'

/** What the controller learns from a run. */
export interface SessionRunHooks {
  /** A job completed (once per occurrence). */
  success(result: LinkResult): void
  /** Link showed an error (once per occurrence). */
  error(error: PinwheelError): void
  /** Link exited (first exit only); `error` is the typed exit error, if any. */
  exit(error: PinwheelError | null): void
}

/** One open of the modal: its session id, and the script callbacks that record into the store. */
export interface SessionRun {
  readonly sessionId: string
  /** The callbacks to hand the script in `InitializationParams`. */
  readonly callbacks: Required<
    Pick<InitializationParams, 'onLogin' | 'onSuccess' | 'onError' | 'onExit' | 'onEvent'>
  >
  /** Set when the controller replaced this run (token refetch): its exit reaches no user callback. */
  superseded: boolean
}

/** One occurrence seen on one channel: its content key, and the raw payload as given. */
interface Occurrence {
  key: string | null
  raw: unknown
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

const errorPayload = (event: PinwheelEvent): PinwheelError | null =>
  (event.name === 'exit' || event.name === 'error') && 'type' in event.payload
    ? (event.payload as PinwheelError)
    : null

/**
 * Builds the script callbacks of one session. Each `(name, payload)` is parsed, recorded under
 * `sessionId` (fixed now, so late events never land in the next session), handed to the
 * controller's hooks, then to the user's latest callbacks (`getCallbacks()`, read per event;
 * `null` once the controller is destroyed).
 */
export function createSessionRun(
  sessionId: string,
  store: LinkEventStore,
  getCallbacks: () => PinwheelLinkCallbacks | null,
  hooks: SessionRunHooks,
): SessionRun {
  /** Occurrences seen on one channel and not yet matched by their twin from the other. */
  const unmatched: Record<Channel, Map<TwinName, Occurrence[]>> = {
    onEvent: new Map(),
    callback: new Map(),
  }
  let exited = false

  const report = (callback: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(
      `[linkwheel] Your ${callback} callback threw; the event was recorded and Link goes on. Fix the callback:`,
      error,
    )
    try {
      store.getState().record(sessionId, {
        name: 'unknown',
        payload: {
          rawName: 'linkwheel.callback_error',
          rawPayload: { callback, message },
          reason: `callback ${callback} threw: ${message}`,
        },
      })
    } catch (storeError) {
      console.error('[linkwheel] Could not record the callback error:', storeError)
    }
  }

  const call = <A extends unknown[]>(
    name: string,
    callback: ((...args: A) => unknown) | undefined,
    ...args: A
  ) => {
    if (!callback) return
    try {
      const result = callback(...args)
      if (result instanceof Promise) result.catch((error: unknown) => report(name, error))
    } catch (error) {
      report(name, error)
    }
  }

  /** Whether this occurrence is the twin of one already recorded from the other channel. */
  const isTwin = (channel: Channel, name: TwinName, mine: Occurrence): boolean => {
    const other = unmatched[channel === 'onEvent' ? 'callback' : 'onEvent'].get(name) ?? []
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
    const list = unmatched[channel].get(name) ?? []
    list.push(mine)
    unmatched[channel].set(name, list)
    return false
  }

  const receive = (channel: Channel, rawName: unknown, rawPayload: unknown) => {
    const event = parsePinwheelEvent(rawName, rawPayload)
    const twin = typeof rawName === 'string' && Object.hasOwn(twinned, rawName)
    if (twin && isTwin(channel, rawName as TwinName, { key: keyOf(event), raw: rawPayload })) return
    try {
      store.getState().record(sessionId, event)
    } catch (error) {
      console.error('[linkwheel] The event store failed to record a Link event:', error)
    }
    const isExit = rawName === 'exit' && !exited
    if (isExit) {
      exited = true
      // A malformed exit still ends the session; the store could not type it, so close it there.
      if (event.name !== 'exit') store.getState().endSession(sessionId, 'closed')
    }
    if (event.name === 'success') hooks.success(event.payload)
    if (event.name === 'error') hooks.error(event.payload)
    if (isExit) hooks.exit(errorPayload(event))

    const callbacks = getCallbacks()
    if (!callbacks) return
    call('onEvent', callbacks.onEvent, event.name, event.payload, event)
    if (event.name === 'login') call('onLogin', callbacks.onLogin, event.payload)
    if (event.name === 'success') call('onSuccess', callbacks.onSuccess, event.payload)
    if (event.name === 'error') call('onError', callbacks.onError, event.payload)
    if (isExit && !run.superseded) {
      const payload: PinwheelError | EmptyPayload = errorPayload(event) ?? {}
      call('onExit', callbacks.onExit, payload)
    }
  }

  const run: SessionRun = {
    sessionId,
    superseded: false,
    callbacks: {
      onEvent: (name, payload) => receive('onEvent', name, payload),
      onLogin: (result) => receive('callback', 'login', result),
      onSuccess: (result) => receive('callback', 'success', result),
      onError: (error) => receive('callback', 'error', error),
      onExit: (error) => receive('callback', 'exit', error),
    },
  }
  return run
}
