import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import type { InitializationParams } from '../params/InitializationParams'
import type { LinkCallbackName, LinkSessionReport } from './LinkSessionReport'
import type { PinwheelLinkCallbacks } from './PinwheelLinkOptions'
import { twinnedCallbacks, twinnedEventNames } from './twinnedCallbacks'

/** What the controller learns from a run. */
export interface SessionRunHooks {
  /** A job completed (the first report of each occurrence). */
  success(result: LinkResult): void
  /** Link showed an error (the first report of each occurrence). */
  error(error: PinwheelError): void
  /** Link exited (the first `onExit` or `exit` event only), with its error if it carried one. */
  exit(error: PinwheelError | null): void
}

/** One open of the modal: its session id, and the script callbacks that report and forward. */
export interface SessionRun {
  readonly sessionId: string
  /** Reports to where the run started (the store's `ingest`, or the page); never throws. */
  readonly report: (report: LinkSessionReport) => void
  /** The callbacks to hand the script in `InitializationParams`. */
  readonly callbacks: Required<Pick<InitializationParams, LinkCallbackName>>
  /** Set when the controller replaced this run (token refetch): its exit reaches no user callback. */
  superseded: boolean
}

/**
 * The payload as a Pinwheel error if it looks like one (a string `type` and `code`), else `null`
 * (`{}` on a plain exit, or a malformed payload); never throws, even on a hostile getter.
 */
function asPinwheelError(payload: unknown): PinwheelError | null {
  try {
    const { type, code } = payload as Partial<PinwheelError>
    return typeof type === 'string' && typeof code === 'string' ? (payload as PinwheelError) : null
  } catch {
    return null
  }
}

/**
 * Builds the script callbacks of one session. Each call is reported raw under `sessionId` (fixed
 * now, so late events never land in the next session), handed to the controller's hooks, then to
 * the user's latest callbacks (`getCallbacks()`, read per call; `null` once the controller is
 * destroyed). The script reports login, success, error and exit twice, by `onEvent` and by their
 * own callback, in either order: the first of each pair (the n-th on one channel pairs with the
 * n-th on the other) reaches the hooks and `onLogin` / `onSuccess` / `onError`; the first exit
 * ends the run and calls `onExit` once. `onEvent` gets every `onEvent` call.
 */
export function createSessionRun(
  sessionId: string,
  report: (report: LinkSessionReport) => void,
  getCallbacks: () => PinwheelLinkCallbacks | null,
  hooks: SessionRunHooks,
): SessionRun {
  let exited = false

  const send = (entry: LinkSessionReport) => {
    try {
      report(entry)
    } catch (error) {
      console.error('[linkwheel] The event store failed to record a Link event:', error)
    }
  }

  const threw = (callback: string, error: unknown) => {
    console.error(
      `[linkwheel] Your ${callback} callback threw; Link goes on. Fix the callback:`,
      error,
    )
    send({ type: 'callback_threw', sessionId, callback, error })
  }

  const call = (callback: keyof PinwheelLinkCallbacks, ...args: unknown[]) => {
    const handler = getCallbacks()?.[callback] as ((...args: unknown[]) => unknown) | undefined
    if (!handler) return
    try {
      const result = handler(...args)
      if (result instanceof Promise) result.catch((error: unknown) => threw(callback, error))
    } catch (error) {
      threw(callback, error)
    }
  }

  /** How many of each twinned name each channel reported: `onEvent:login`, `callback:login`. */
  const counts = new Map<string, number>()
  /** Counts this report; whether it is the first of its pair (its twin has not come yet). */
  const firstOfPair = (channel: 'onEvent' | 'callback', name: string) => {
    const mine = counts.get(`${channel}:${name}`) ?? 0
    counts.set(`${channel}:${name}`, mine + 1)
    return mine >= (counts.get(`${channel === 'onEvent' ? 'callback' : 'onEvent'}:${name}`) ?? 0)
  }

  /** The first report of a twinned occurrence: hooks, then the user's callback of that name. */
  const handle = (name: string, payload: unknown) => {
    if (name === 'login') call('onLogin', payload)
    else if (name === 'success') {
      hooks.success(payload as LinkResult)
      call('onSuccess', payload)
    } else if (name === 'error') {
      const error = asPinwheelError(payload)
      if (error) hooks.error(error)
      call('onError', payload)
    } else if (name === 'exit' && !exited) {
      exited = true
      const error = asPinwheelError(payload)
      hooks.exit(error)
      if (!run.superseded) call('onExit', error ?? {})
    }
  }

  /** The script callback that reports `callback`, then forwards it. */
  const twin =
    (callback: keyof typeof twinnedCallbacks) =>
    (payload: unknown): void => {
      send({ type: 'callback', sessionId, callback, args: [payload] })
      const name = twinnedCallbacks[callback]
      if (firstOfPair('callback', name)) handle(name, payload)
    }

  const run: SessionRun = {
    sessionId,
    report: send,
    superseded: false,
    callbacks: {
      onEvent: (name: string, payload: unknown) => {
        send({ type: 'callback', sessionId, callback: 'onEvent', args: [name, payload] })
        call('onEvent', name, payload)
        if (twinnedEventNames.has(name) && firstOfPair('onEvent', name)) handle(name, payload)
      },
      onLogin: twin('onLogin'),
      onSuccess: twin('onSuccess'),
      onError: twin('onError'),
      onExit: twin('onExit'),
    },
  }
  return run
}
