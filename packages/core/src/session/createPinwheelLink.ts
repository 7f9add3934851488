import { isLinkScriptError } from '../errors/LinkScriptError'
import { isLinkwheelError, type LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import { loadPinwheel } from '../loader/loadPinwheel'
import { pinwheelScript } from '../loader/pinwheelScript'
import { readPinwheelGlobal } from '../loader/readPinwheelGlobal'
import { scriptError } from '../loader/scriptError'
import type { InitializationParams, PinwheelGlobal } from '../params/InitializationParams'
import type { Attempt } from './Attempt'
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

/** Does nothing (a rejection handler for promises whose errors are reported elsewhere). */
const noop = (): void => {}
/** The options that pick the script and its tag's attributes. */
const scriptKeys = ['scriptUrl', 'integrity', 'useSecureOrigin', 'nonce'] as const

/** The payload as a Pinwheel error if it has a string `type` and `code`, else `null`. */
const asError = (payload: unknown): PinwheelError | null =>
  typeof (payload as PinwheelError | null)?.type === 'string' &&
  typeof (payload as PinwheelError).code === 'string'
    ? (payload as PinwheelError)
    : null

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
  /** The script's part of the status; an attempt that was shown makes it `open`. */
  let script: LinkStatus = 'idle'
  let loading: Promise<PinwheelGlobal | null> | null = null
  let attempt: Attempt | null = null

  const show = (error = state.error) => {
    const status = attempt?.shown ? 'open' : script
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
      const current: Promise<PinwheelGlobal | null> = loadPinwheel({
        // nonce and timeoutMs carry the loader's names.
        ...options,
        ...pinwheelScript(options),
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
      loading = current
      current.catch(noop)
    }
    return loading ?? Promise.resolve(null)
  }

  /** Settles `a` with an outcome or an error, and frees the page. */
  const end = (a: Attempt, result: LinkOutcome | LinkwheelError) => {
    if (attempt !== a) return
    attempt = null
    const page = pageState()
    if (page.owner === a) page.owner = null
    if ('endedBy' in result) {
      show()
      a.resolve(result)
    } else {
      // A script error was reported when it happened; a cancel is the caller's own doing.
      if (isLinkScriptError(result) || result.code === 'cancelled') show()
      else report(result)
      a.reject(result)
    }
  }

  /** Gets a token and the script, then shows Link; run again for the reopen after a refetch. */
  const start = async (a: Attempt) => {
    try {
      // A fetched token is asked for beside the script; a given one is read once the script is
      // there, so a token changed meanwhile is the one used.
      const fetched = options.getLinkToken && resolveLinkToken(options)
      fetched?.catch(noop)
      const loaded = await load()
      const token = await (fetched || resolveLinkToken(options))
      if (!loaded) throw sessionError('open_failed', 'no_browser')
      await pageState().closing
      if (attempt !== a) return
      const Pinwheel = readPinwheelGlobal()
      if (!Pinwheel) {
        // Replaced or deleted since it loaded: the next load injects the script afresh.
        const error = scriptError('missing_global', pinwheelScript(options).url)
        failScript(error)
        throw error
      }
      const sessionId = createSessionId()
      const store = (options.store ?? pageState().store)?.getState()
      let stopped = false
      const live = () => a.sessionId === sessionId

      // The one event path: the store, your onEvent, then what open() needs to settle.
      const event = (name: string, payload: unknown) => {
        store?.record(sessionId, name, payload)
        if (stopped) return
        call('onEvent', name, payload)
        const error = asError(payload)
        if (name === 'success') a.results.push(payload as LinkResult)
        else if (error?.type === 'invalidLinkToken' && fetched && !a.refetched && live()) {
          a.refetched = true
          a.sessionId = null
          void a.stop?.()
          void start(a)
        } else if (name === 'exit' && live())
          end(a, { sessionId, results: a.results, error, endedBy: 'link' })
      }

      a.sessionId = sessionId
      a.shown = true
      a.stop = () => {
        stopped = true
        store?.endSession(sessionId, 'closed')
        return closeModal(Pinwheel)
      }
      store?.startSession({
        sessionId,
        linkToken: token,
        ...(options.accountId && { accountId: options.accountId }),
      })
      // Link options pass through as the official wrapper passes its props (useDarkMode,
      // modalStyling…); linkwheel's own options (the store, the token fetcher, the loader's
      // settings) stay here: a third-party script gets nothing it did not ask for.
      const {
        getLinkToken: _getLinkToken,
        accountId: _accountId,
        store: _store,
        scriptUrl: _scriptUrl,
        integrity: _integrity,
        nonce: _nonce,
        timeoutMs: _timeoutMs,
        ...linkOptions
      } = options
      const params = {
        ...linkOptions,
        linkToken: token,
        _modalSessionIdOverride: sessionId,
        ...createLinkCallbacks(event, (callback, payload) => stopped || call(callback, payload)),
      } as InitializationParams
      if (process.env.NODE_ENV !== 'production') pageState().usedTokens.add(token)
      show()
      await Pinwheel.open(params)
    } catch (error) {
      if (attempt === a && a.sessionId) void a.stop?.()
      end(a, isLinkwheelError(error) ? error : sessionError('open_failed', undefined, error, error))
    }
  }

  const controller: PinwheelLinkController = {
    open() {
      const page = pageState()
      // A second open() of this Link (a double click) is refused quietly; one while another
      // Link holds the page is also shown and told to onError.
      const refused = attempt
        ? sessionError('already_open')
        : page.owner && sessionError('already_open', 'open_elsewhere')
      if (refused && !attempt) report(refused)
      const promise = new Promise<LinkOutcome>((resolve, reject) => {
        if (refused) return reject(refused)
        // The optional fields start unset: falsy until Link is shown.
        const a: Attempt = { results: [], resolve, reject }
        attempt = page.owner = a
        show(null)
        void start(a)
      })
      // The error also reaches onError and the state: a click handler may ignore the promise.
      promise.catch(noop)
      return promise
    },
    close() {
      const a = attempt
      const sessionId = a?.sessionId
      if (!a || !sessionId) {
        // Not shown yet: the waiting open() is cancelled.
        if (a) end(a, sessionError('cancelled'))
        return Promise.resolve()
      }
      const closing = (a.stop as () => Promise<void>)()
      end(a, { sessionId, results: a.results, error: null, endedBy: 'host' })
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
      if (next.linkToken !== previous.linkToken && attempt?.sessionId) void controller.close()
      // The options that choose the script tag (see pinwheelScript): a change loads it afresh.
      if (scriptKeys.some((key) => next[key] !== previous[key])) {
        loading = null
        if (!attempt) load().catch(noop)
      }
    },
    retry() {
      if (script === 'script_error') loading = null
      return load().then(noop, noop)
    },
  }
  load().catch(noop)
  return controller
}
