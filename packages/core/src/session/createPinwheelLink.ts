import { isLinkScriptError, LinkScriptError } from '../errors/LinkScriptError'
import { LinkSessionError } from '../errors/LinkSessionError'
import { isLinkwheelError, type LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import { loadPinwheel } from '../loader/loadPinwheel'
import { PINWHEEL_SCRIPT_URL } from '../loader/PINWHEEL_SCRIPT_URL'
import { readPinwheelGlobal } from '../loader/readPinwheelGlobal'
import type { InitializationParams, PinwheelGlobal } from '../params/InitializationParams'
import { getDefaultLinkEventStore } from '../store/getDefaultLinkEventStore'
import type { LinkEventStore } from '../store/types'
import { createSessionId } from './createSessionId'
import { createSessionRun, type SessionRun } from './createSessionRun'
import type {
  LinkControllerSnapshot,
  LinkOutcome,
  PinwheelLinkController,
} from './PinwheelLinkController'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'
import { pageState } from './pageState'
import { type CheckedLinkToken, resolveLinkToken } from './resolveLinkToken'

const defaultOpenTimeoutMs = 15_000

/** A rejected promise that never counts as unhandled (the error is also shown elsewhere). */
function refuse(error: LinkwheelError): Promise<never> {
  const promise = Promise.reject(error)
  promise.catch(() => {})
  return promise
}

/** One call of `open()`: pending (token, script) → open (a run is live) → done. */
interface Attempt {
  state: 'pending' | 'open' | 'done'
  run: SessionRun | null
  results: LinkResult[]
  refetched: boolean
  /** `linkToken` changed while pending: read it again before calling the script. */
  tokenStale: boolean
  timer: ReturnType<typeof setTimeout> | undefined
  resolve(outcome: LinkOutcome): void
  reject(error: LinkwheelError): void
}

/** Closes whatever modal the script shows; never throws. The page waits for it before reopening. */
function closeModal(): Promise<void> {
  const page = pageState()
  const closing = (async () => {
    try {
      await readPinwheelGlobal()?.close()
    } catch (error) {
      console.error('[linkwheel] window.Pinwheel.close() failed:', error)
    }
  })()
  page.closing = closing
  void closing.then(() => {
    if (page.closing === closing) page.closing = null
  })
  return closing
}

/**
 * Creates the controller that drives Pinwheel Link for one trigger: it loads the script (now, in
 * a browser), checks the token, opens the modal, records every event in the store under a session
 * id fixed at open time, and calls your latest callbacks. One Link is open per page at a time.
 * `@linkwheel/react`'s `usePinwheelLink` is a thin hook over it.
 *
 * @example
 * ```ts
 * const link = createPinwheelLink({
 *   getLinkToken: () => fetch('/api/link-token').then((r) => r.json()),
 *   onSuccess: (result) => saveAccount(result.accountId),
 * })
 * button.onclick = async () => {
 *   const outcome = await link.open() // { status: 'succeeded', results: [...], ... }
 * }
 * ```
 */
export function createPinwheelLink(initialOptions: PinwheelLinkOptions): PinwheelLinkController {
  let options: PinwheelLinkOptions = { ...initialOptions }
  let snapshot: LinkControllerSnapshot = {
    status: 'idle',
    error: null,
    sessionId: null,
    ready: false,
  }
  const listeners = new Set<() => void>()
  let destroyed = false
  /** The current script load; never rejects (a failure resolves to the error). */
  let loading: Promise<PinwheelGlobal | LinkScriptError | null> | null = null
  let attempt: Attempt | null = null

  const setSnapshot = (patch: Partial<LinkControllerSnapshot>) => {
    const next = { ...snapshot, ...patch }
    if (
      (Object.keys(next) as (keyof LinkControllerSnapshot)[]).every((k) => next[k] === snapshot[k])
    )
      return
    snapshot = next
    for (const listener of [...listeners]) listener()
  }

  const callbacks = () => (destroyed ? null : options)

  const notifyError = (error: LinkwheelError) => {
    const onError = callbacks()?.onError
    if (!onError) return
    try {
      onError(error)
    } catch (thrown) {
      console.error('[linkwheel] Your onError callback threw:', thrown)
    }
  }

  const scriptUrl = () => options.scriptUrl ?? PINWHEEL_SCRIPT_URL

  const scriptFailed = (error: LinkScriptError) => {
    loading = null
    setSnapshot({ status: 'script_error', error, ready: false })
    notifyError(error)
  }

  const ensureLoaded = (): Promise<PinwheelGlobal | LinkScriptError | null> => {
    if (loading) return loading
    if (typeof window === 'undefined') return Promise.resolve(null)
    if (snapshot.status === 'idle' || snapshot.status === 'script_error') {
      setSnapshot({ status: 'loading', error: null, ready: false })
    }
    const current = loadPinwheel({
      url: scriptUrl(),
      integrity: options.integrity,
      nonce: options.nonce,
      timeoutMs: options.timeoutMs,
    }).then(
      (global) => {
        if (loading === current && !destroyed) {
          setSnapshot(
            snapshot.status === 'loading' ? { status: 'ready', ready: true } : { ready: true },
          )
        }
        return global
      },
      (cause: unknown) => {
        const error = isLinkScriptError(cause)
          ? cause
          : new LinkScriptError(
              'network',
              scriptUrl(),
              `The Link script could not be loaded (${String(cause)}). Check scriptUrl, then retry.`,
              { cause },
            )
        if (loading === current && !destroyed) scriptFailed(error)
        return error
      },
    )
    loading = current
    return current
  }

  /** Ends an attempt with an error; `open()` rejects with it. */
  const fail = (a: Attempt, error: LinkwheelError) => {
    if (a.state === 'done') return
    a.state = 'done'
    clearTimeout(a.timer)
    if (pageState().owner === a) pageState().owner = null
    if (attempt === a) attempt = null
    const quiet = error.code === 'cancelled' || error.code === 'destroyed'
    // Script errors were already shown and reported by scriptFailed.
    if (!quiet && !isLinkScriptError(error) && !destroyed) {
      setSnapshot({ error })
      notifyError(error)
    }
    a.reject(error)
  }

  /** Ends an attempt with an outcome; `open()` resolves with it. */
  const finish = (
    a: Attempt,
    run: SessionRun,
    endedBy: LinkOutcome['endedBy'],
    error: PinwheelError | null,
  ) => {
    if (a.state === 'done') return
    a.state = 'done'
    clearTimeout(a.timer)
    if (pageState().owner === a) pageState().owner = null
    if (attempt === a) attempt = null
    const status = a.results.length ? 'succeeded' : error ? 'errored' : 'exited'
    if (!destroyed) setSnapshot({ status })
    a.resolve({ status, sessionId: run.sessionId, results: [...a.results], error, endedBy })
  }

  const startTimer = (a: Attempt) => {
    clearTimeout(a.timer)
    const ms = options.openTimeoutMs ?? defaultOpenTimeoutMs
    a.timer = setTimeout(() => {
      fail(
        a,
        new LinkSessionError(
          'open_timeout',
          `Link did not open within ${ms} ms: the token request or the Link script took too long. Check the network and call open() again (or raise openTimeoutMs).`,
        ),
      )
    }, ms)
  }

  /** Gets a token and the script, then opens a run; reused for the reopen after a token refetch. */
  const start = async (a: Attempt) => {
    startTimer(a)
    try {
      const script = ensureLoaded()
      let token = await resolveLinkToken(options)
      if (a.state !== 'pending') return
      const loaded = await script
      if (a.state !== 'pending') return
      if (isLinkScriptError(loaded)) throw loaded
      if (loaded === null) {
        throw new LinkSessionError(
          'open_failed',
          'open() needs a browser: there is no window here. Call it from an event handler or effect.',
        )
      }
      if (a.tokenStale) token = await resolveLinkToken(options)
      await pageState().closing
      if (a.state !== 'pending') return
      launch(a, token)
    } catch (error) {
      fail(
        a,
        isLinkwheelError(error)
          ? error
          : new LinkSessionError('open_failed', `Link could not open: ${String(error)}`, {
              cause: error,
            }),
      )
    }
  }

  /** The store each run records into (options.store may change between opens). */
  const runStores = new WeakMap<SessionRun, LinkEventStore>()

  const reopenWithNewToken = (a: Attempt, run: SessionRun) => {
    a.refetched = true
    run.superseded = true
    a.state = 'pending'
    a.run = null
    runStores.get(run)?.getState().endSession(run.sessionId, 'closed')
    void closeModal()
    void start(a)
  }

  const launch = (a: Attempt, token: CheckedLinkToken) => {
    const global = readPinwheelGlobal()
    if (!global) {
      const error = new LinkScriptError(
        'missing_global',
        scriptUrl(),
        'window.Pinwheel is gone or was replaced after the Link script loaded (another script may have overwritten it). Call retry() to load the script again.',
      )
      scriptFailed(error)
      throw error
    }
    const store = options.store ?? getDefaultLinkEventStore()
    const sessionId = createSessionId()
    const accountId = options.accountId ?? token.accountId
    const run: SessionRun = createSessionRun(sessionId, store, callbacks, {
      success: (result) => {
        if (a.run === run) a.results.push(result)
      },
      error: (error) => {
        if (
          a.run === run &&
          a.state === 'open' &&
          error.type === 'invalidLinkToken' &&
          token.fetched &&
          !a.refetched
        )
          reopenWithNewToken(a, run)
      },
      exit: (error) => {
        if (a.run !== run || a.state !== 'open') return
        if (error?.type === 'invalidLinkToken' && token.fetched && !a.refetched) {
          reopenWithNewToken(a, run)
          return
        }
        finish(a, run, 'link', error)
      },
    })
    runStores.set(run, store)
    pageState().usedTokens.add(token.value)
    store
      .getState()
      .startSession(accountId ? { sessionId, mode: 'on_demand_update', accountId } : { sessionId })
    a.state = 'open'
    a.run = run
    clearTimeout(a.timer)
    setSnapshot({ status: 'open', sessionId, error: null, ready: true })

    const params: InitializationParams = {
      linkToken: token.value,
      _modalSessionIdOverride: sessionId,
      ...run.callbacks,
    }
    if (options.useDarkMode !== undefined) params.useDarkMode = options.useDarkMode
    if (options.modalStyling !== undefined) params.modalStyling = options.modalStyling
    if (options.overlayStyling !== undefined) params.overlayStyling = options.overlayStyling
    if (options.ariaHideDocumentContent !== undefined)
      params.ariaHideDocumentContent = options.ariaHideDocumentContent
    if (options.useSecureOrigin !== undefined) params.useSecureOrigin = options.useSecureOrigin

    const openFailed = (cause: unknown) => {
      if (a.run !== run || a.state !== 'open') return
      store.getState().endSession(sessionId, 'closed')
      if (!destroyed) setSnapshot({ status: 'errored' })
      fail(
        a,
        new LinkSessionError(
          'open_failed',
          `window.Pinwheel.open() failed: ${cause instanceof Error ? cause.message : String(cause)}. Call open() again with a new token; if it keeps failing, check the Link script URL.`,
          { cause },
        ),
      )
    }
    try {
      Promise.resolve(global.open(params)).catch(openFailed)
    } catch (cause) {
      openFailed(cause)
    }
  }

  /** Ends the live or pending attempt from the host side. */
  const endFromHost = (reason: 'cancelled' | 'destroyed'): Promise<void> => {
    const a = attempt
    if (!a) return Promise.resolve()
    if (a.state === 'pending') {
      fail(
        a,
        reason === 'destroyed'
          ? new LinkSessionError(
              'destroyed',
              'This Link controller was destroyed before Link opened.',
            )
          : new LinkSessionError(
              'cancelled',
              'close() was called (or the token changed) before Link opened.',
            ),
      )
      return Promise.resolve()
    }
    const run = a.run
    if (a.state !== 'open' || !run) return Promise.resolve()
    runStores.get(run)?.getState().endSession(run.sessionId, 'closed')
    finish(a, run, 'host', null)
    return closeModal()
  }

  const controller: PinwheelLinkController = {
    open() {
      if (destroyed) {
        return refuse(
          new LinkSessionError(
            'destroyed',
            'This Link controller was destroyed: create a new one (or remount) to open Link.',
          ),
        )
      }
      if (attempt) {
        return refuse(
          new LinkSessionError(
            'already_open',
            'This Link is already open (or opening): wait for open() to settle, or call close() first.',
          ),
        )
      }
      const page = pageState()
      if (page.owner) {
        const error = new LinkSessionError(
          'already_open',
          'Another Link is open on this page, and only one can be open at a time. Wait for it to close (or close it), then open this one.',
        )
        setSnapshot({ error })
        notifyError(error)
        return refuse(error)
      }
      let a!: Attempt
      const promise = new Promise<LinkOutcome>((resolve, reject) => {
        a = {
          state: 'pending',
          run: null,
          results: [],
          refetched: false,
          tokenStale: false,
          timer: undefined,
          resolve,
          reject,
        }
      })
      page.owner = a
      attempt = a
      setSnapshot({ error: null })
      void start(a)
      // Failures also reach onError and the snapshot, so a caller that ignores the promise (a
      // click handler) must not get an unhandled rejection; awaiting it still sees the error.
      promise.catch(() => {})
      return promise
    },
    close: () => endFromHost('cancelled'),
    destroy() {
      if (destroyed) return
      void endFromHost('destroyed')
      destroyed = true
      listeners.clear()
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (destroyed) return () => {}
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    setOptions(patch) {
      const tokenChanged = 'linkToken' in patch && patch.linkToken !== options.linkToken
      options = { ...options, ...patch }
      if (!tokenChanged || !attempt) return
      if (attempt.state === 'pending') attempt.tokenStale = true
      else void endFromHost('cancelled')
    },
    retry() {
      if (destroyed) return Promise.resolve()
      if (snapshot.status === 'script_error') loading = null
      return ensureLoaded().then(() => {})
    },
  }
  void ensureLoaded()
  return controller
}
