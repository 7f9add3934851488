import { isLinkwheelError, type LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import { loadPinwheel } from '../loader/loadPinwheel'
import { PINWHEEL_SCRIPT_URL } from '../loader/PINWHEEL_SCRIPT_URL'
import { readPinwheelGlobal } from '../loader/readPinwheelGlobal'
import { scriptError } from '../loader/scriptError'
import type { InitializationParams, PinwheelGlobal } from '../params/InitializationParams'
import { closeModal } from './closeModal'
import { createLinkCallbacks } from './createLinkCallbacks'
import { createSessionId } from './createSessionId'
import type {
  LinkOutcome,
  LinkState,
  LinkStatus,
  PinwheelLinkController,
} from './PinwheelLinkController'
import type { PinwheelLinkCallbacks, PinwheelLinkOptions } from './PinwheelLinkOptions'
import { pageState } from './pageState'
import { resolveLinkToken } from './resolveLinkToken'
import { sessionError } from './sessionError'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/** Settles the `open()` in flight with its outcome, or rejects it with an error. */
type Settle = (result: LinkOutcome | LinkwheelError) => void

/** Does nothing (a rejection handler for promises whose errors are reported elsewhere). */
const noop = (): void => {}
/** The options that pick the script and its tag's attributes. */
const scriptKeys = ['scriptUrl', 'integrity', 'nonce', 'useSecureOrigin'] as const
/**
 * linkwheel's own options: the script gets every other option as the official wrapper passes
 * its props (useDarkMode, modalStyling…), and nothing it did not ask for (the store, the token
 * fetcher, the loader's settings).
 */
const ownKeys = [
  'scriptUrl',
  'integrity',
  'nonce',
  'timeoutMs',
  'store',
  'getLinkToken',
  'accountId',
]

/** The payload as a Pinwheel error if it has a string `type` and `code`, else `null`. */
const asError = (payload: unknown): PinwheelError | null =>
  typeof (payload as PinwheelError | null)?.type === 'string' &&
  typeof (payload as PinwheelError).code === 'string'
    ? (payload as PinwheelError)
    : null

/**
 * `promise`, marked handled: its error also reaches `onError` and the state, so a click handler
 * may ignore it without an unhandled rejection.
 */
const handled = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(noop)
  return promise
}

/**
 * Creates the controller that drives Pinwheel Link for one trigger: it loads the script (now, in
 * a browser), opens Link with a fresh session id, records each event the script's `onEvent`
 * delivers in the store, and passes the named callbacks to your latest options. One Link is open
 * per page. `@linkwheel/react`'s `usePinwheelLink` is a thin hook over it.
 *
 * @example
 * ```ts
 * const link = createPinwheelLink({ getLinkToken, onSuccess: (result) => save(result.accountId) })
 * button.onclick = async () => {
 *   const { results } = await link.open()
 * }
 * ```
 */
export function createPinwheelLink(initial: PinwheelLinkOptions): PinwheelLinkController {
  let options = initial
  let state: LinkState = { status: 'idle', error: null }
  const listeners = new Set<() => void>()
  /** The script's part of the status: `idle`, `loading`, `ready` or `script_error`. */
  let script: LinkStatus = 'idle'
  let loading: Promise<PinwheelGlobal | null> | null = null
  /** Settles the `open()` in flight; `null` when none is. Its identity names that `open()`. */
  let settle: Settle | null = null
  /** Whether the `open()` in flight showed Link (it stays `open` across a token refetch). */
  let shown = false
  /** The session Link shows now (unset while a refetched token is awaited), and its stop. */
  let session: { id: string; stop: () => Promise<void> } | null = null
  /** The jobs that succeeded in the `open()` in flight. */
  let results: LinkResult[] = []

  const show = (error = state.error) => {
    const status = shown ? 'open' : script
    if (status !== state.status || error !== state.error) {
      state = { status, error }
      for (const listener of [...listeners]) listener()
    }
  }

  const call = (name: keyof PinwheelLinkCallbacks, ...args: unknown[]) => {
    const threw = (error: unknown) => {
      if (process.env.NODE_ENV !== 'production')
        console.error(`[linkwheel] Your ${name} callback threw; Link goes on. Fix it:`, error)
    }
    try {
      // An async callback that rejects is reported the same way, never left unhandled.
      ;(
        (options[name] as ((...args: unknown[]) => unknown) | undefined)?.(...args) as
          | Promise<unknown>
          | undefined
      )?.catch?.(threw)
    } catch (error) {
      threw(error)
    }
  }

  const report = (error: LinkwheelError) => {
    show(error)
    call('onError', error)
  }

  const failScript = (error: LinkwheelError) => {
    loading = null
    script = 'script_error'
    report(error)
  }

  const load = (): Promise<PinwheelGlobal | null> => {
    if (!loading && typeof window !== 'undefined') {
      script = 'loading'
      show(null)
      // nonce, integrity, useSecureOrigin and timeoutMs carry the loader's names.
      const current: Promise<PinwheelGlobal | null> = loadPinwheel({
        ...options,
        url: options.scriptUrl,
      }).then(
        (global) => {
          if (loading === current) script = 'ready'
          show()
          return global
        },
        (error: LinkwheelError) => {
          if (loading === current) failScript(error)
          throw error
        },
      )
      // Handled here: a failure reaches the state and onError through failScript.
      current.catch(noop)
      loading = current
    }
    return loading ?? Promise.resolve(null)
  }

  /**
   * Settles the `open()` of `own` and frees the page. An error goes to the state and `onError`
   * unless it is already there (a script error) or `quiet` (a cancel is the caller's own doing).
   */
  const end = (own: Settle, result: LinkOutcome | LinkwheelError, quiet?: boolean) => {
    if (settle !== own) return
    settle = session = null
    shown = false
    const page = pageState()
    if (page.owner === own) page.owner = null
    if ('endedBy' in result || quiet || result === state.error) show()
    else report(result)
    own(result)
  }

  /** Gets a token and the script, then shows Link; run again to reopen after a refetch. */
  const start = async (own: Settle, refetched?: boolean) => {
    try {
      // A fetched token is asked for beside the script; a given one is read once the script is
      // there, so a token changed meanwhile is the one used.
      const fetched = options.getLinkToken && resolveLinkToken(options)
      fetched?.catch(noop)
      const loaded = await load()
      const token = await (fetched || resolveLinkToken(options))
      if (!loaded) throw sessionError('open_failed', 'no_browser')
      await pageState().closing
      if (settle !== own) return
      const Pinwheel = readPinwheelGlobal()
      if (!Pinwheel) {
        // Replaced or deleted since it loaded: the next load injects the script afresh.
        const error = scriptError('missing_global', options.scriptUrl ?? PINWHEEL_SCRIPT_URL)
        failScript(error)
        throw error
      }
      const id = createSessionId()
      const store = (options.store ?? pageState().store)?.getState()
      let stopped = false
      const stop = () => {
        stopped = true
        store?.endSession(id, 'closed')
        return closeModal(Pinwheel)
      }

      // The one event path: the store, your onEvent, then what open() needs to settle.
      const event = (name: string, payload: unknown) => {
        store?.record(id, name, payload)
        if (stopped) return
        call('onEvent', name, payload)
        const error = asError(payload)
        if (name === 'success') results.push(payload as LinkResult)
        else if (error?.type === 'invalidLinkToken' && fetched && !refetched) {
          session = null
          void stop()
          void start(own, true)
        } else if (name === 'exit') end(own, { sessionId: id, results, error, endedBy: 'link' })
      }

      session = { id, stop }
      shown = true
      store?.startSession({ sessionId: id, linkToken: token, accountId: options.accountId })
      const params = {
        ...options,
        linkToken: token,
        _modalSessionIdOverride: id,
        ...createLinkCallbacks(event, (callback, payload) => stopped || call(callback, payload)),
      } as InitializationParams & Record<string, unknown>
      for (const key of ownKeys) delete params[key]
      if (process.env.NODE_ENV !== 'production') pageState().usedTokens.add(token)
      show()
      await Pinwheel.open(params)
    } catch (error) {
      if (settle === own) void session?.stop()
      end(
        own,
        isLinkwheelError(error) ? error : sessionError('open_failed', undefined, error, error),
      )
    }
  }

  const controller: PinwheelLinkController = {
    open() {
      const page = pageState()
      // A second open() of this Link (a double click) is refused quietly; one while another
      // Link holds the page is also shown and told to onError.
      if (settle) return handled(Promise.reject(sessionError('already_open')))
      if (page.owner) {
        const error = sessionError('already_open', 'open_elsewhere')
        report(error)
        return handled(Promise.reject(error))
      }
      return handled(
        new Promise<LinkOutcome>((resolve, reject) => {
          const own: Settle = (result) => ('endedBy' in result ? resolve(result) : reject(result))
          settle = page.owner = own
          results = []
          show(null)
          void start(own)
        }),
      )
    },
    close() {
      const own = settle
      const shownNow = session
      if (!own) return Promise.resolve()
      if (!shownNow) {
        // Not shown yet: the waiting open() is cancelled.
        end(own, sessionError('cancelled'), true)
        return Promise.resolve()
      }
      const closing = shownNow.stop()
      end(own, { sessionId: shownNow.id, results, error: null, endedBy: 'host' })
      return closing
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    setOptions(next) {
      const previous = options
      options = next
      if (next.linkToken !== previous.linkToken && session) void controller.close()
      // The options that choose the script tag: a change loads it afresh.
      if (scriptKeys.some((key) => next[key] !== previous[key])) {
        loading = null
        if (!settle) void load()
      }
    },
    retry: () => load().then(noop, noop),
  }
  void load()
  return controller
}
