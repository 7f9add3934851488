import { isLinkScriptError, type LinkScriptError } from '../errors/LinkScriptError'
import { isLinkwheelError, type LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import { loadPinwheel } from '../loader/loadPinwheel'
import { PINWHEEL_SCRIPT_URL } from '../loader/PINWHEEL_SCRIPT_URL'
import { readPinwheelGlobal } from '../loader/readPinwheelGlobal'
import type { InitializationParams, PinwheelGlobal } from '../params/InitializationParams'
import { closeModal } from './closeModal'
import { createSessionId } from './createSessionId'
import { createSessionRun, type SessionRun } from './createSessionRun'
import { createSnapshotCell } from './createSnapshotCell'
import { displayOptions } from './displayOptions'
import type { LinkSessionReport } from './LinkSessionReport'
import type { LinkOutcome, PinwheelLinkController } from './PinwheelLinkController'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'
import { pageState } from './pageState'
import { reportToPage } from './reportToPage'
import { type CheckedLinkToken, resolveLinkToken } from './resolveLinkToken'
import { sessionErrors } from './sessionErrors'

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
  const cell = createSnapshotCell()
  const setSnapshot = cell.set
  let destroyed = false
  /** The current script load; never rejects (a failure resolves to the error). */
  let loading: Promise<PinwheelGlobal | LinkScriptError | null> | null = null
  let attempt: Attempt | null = null
  /** Set while the `ready` snapshot waits for a pending open() to launch first. */
  let announceReady: (() => void) | null = null

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
    if (cell.get().status === 'idle' || cell.get().status === 'script_error') {
      setSnapshot({ status: 'loading', error: null, ready: false })
    }
    const current = loadPinwheel({
      url: scriptUrl(),
      integrity: options.integrity,
      nonce: options.nonce,
      timeoutMs: options.timeoutMs,
    }).then(
      (global) => {
        const ready = () => {
          announceReady = null
          if (loading !== current || destroyed) return
          setSnapshot(
            cell.get().status === 'loading' ? { status: 'ready', ready: true } : { ready: true },
          )
        }
        // An open() waiting for the script goes first: subscribers (a React re-render) would
        // otherwise run before the modal is asked for. Its launch announces `open` itself; if
        // it fails instead, fail() announces `ready` before the error.
        if (attempt?.state === 'pending') {
          announceReady = ready
          setTimeout(() => announceReady?.(), 0)
        } else ready()
        return global
      },
      (cause: unknown) => {
        const error = isLinkScriptError(cause)
          ? cause
          : sessionErrors.scriptFailed(scriptUrl(), cause)
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
    announceReady?.()
    const quiet = error.code === 'cancelled' || error.code === 'destroyed'
    // A reopen after a token refetch fails while the snapshot still says 'open' from the first
    // launch; leave that state, or the trigger stays disabled for good.
    const wasOpen = cell.get().status === 'open'
    // Script errors were already shown and reported by scriptFailed.
    if (!quiet && !isLinkScriptError(error) && !destroyed) {
      setSnapshot(wasOpen ? { error, status: 'errored' } : { error })
      notifyError(error)
    } else if (wasOpen && !destroyed && !isLinkScriptError(error)) {
      setSnapshot({ status: 'exited' })
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
    setSnapshot({ status })
    a.resolve({ status, sessionId: run.sessionId, results: [...a.results], error, endedBy })
  }

  const startTimer = (a: Attempt) => {
    clearTimeout(a.timer)
    const ms = options.openTimeoutMs ?? defaultOpenTimeoutMs
    a.timer = setTimeout(() => {
      fail(a, sessionErrors.openTimeout(ms))
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
        throw sessionErrors.noBrowser()
      }
      if (a.tokenStale) token = await resolveLinkToken(options)
      await pageState().closing
      if (a.state !== 'pending') return
      launch(a, token)
    } catch (error) {
      fail(a, isLinkwheelError(error) ? error : sessionErrors.unexpected(error))
    }
  }

  /** The `window.Pinwheel` each run was opened with: the one that can close its modal. */
  const runOpeners = new WeakMap<SessionRun, PinwheelGlobal>()

  const reopenWithNewToken = (a: Attempt, run: SessionRun) => {
    a.refetched = true
    run.superseded = true
    a.state = 'pending'
    a.run = null
    run.report({ type: 'end', sessionId: run.sessionId })
    void closeModal(runOpeners.get(run))
    void start(a)
  }

  const launch = (a: Attempt, token: CheckedLinkToken) => {
    const global = readPinwheelGlobal()
    if (!global) {
      const error = sessionErrors.globalGone(scriptUrl())
      scriptFailed(error)
      throw error
    }
    const sessionId = createSessionId()
    const start: LinkSessionReport = {
      type: 'start',
      sessionId,
      accountId: options.accountId ?? null,
      claims: token.claims,
    }
    // Read at each open: a run keeps reporting where it started.
    const sink = options.store?.getState().ingest ?? reportToPage
    let startPending = true
    // The start is reported once the script was asked for the modal (a store update re-renders
    // React subscribers, which must not delay it), or first thing if the script reports sooner.
    const report = (entry: LinkSessionReport) => {
      if (startPending) {
        startPending = false
        sink(start)
      }
      if (entry !== start) sink(entry)
    }
    const run: SessionRun = createSessionRun(sessionId, report, callbacks, {
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
    runOpeners.set(run, global)
    pageState().usedTokens.add(token.value)
    a.state = 'open'
    a.run = run
    clearTimeout(a.timer)
    const params: InitializationParams = {
      ...displayOptions(options),
      linkToken: token.value,
      _modalSessionIdOverride: sessionId,
      ...run.callbacks,
    }

    const openFailed = (cause: unknown) => {
      if (a.run !== run || a.state !== 'open') return
      run.report({ type: 'end', sessionId })
      setSnapshot({ status: 'errored' })
      fail(a, sessionErrors.openFailed(cause))
    }
    try {
      Promise.resolve(global.open(params)).catch(openFailed)
    } catch (cause) {
      openFailed(cause)
    }
    run.report(start)
    // Announced after the script has its params: subscribers (a React commit) run synchronously
    // and would otherwise delay the modal. Skipped if the script already ended the attempt.
    if (a.run === run && a.state === 'open') {
      setSnapshot({ status: 'open', sessionId, error: null, ready: true })
    }
  }

  /** Ends the live or pending attempt from the host side. */
  const endFromHost = (reason: 'cancelled' | 'destroyed'): Promise<void> => {
    const a = attempt
    if (!a) return Promise.resolve()
    if (a.state === 'pending') {
      fail(a, reason === 'destroyed' ? sessionErrors.destroyed() : sessionErrors.cancelled())
      return Promise.resolve()
    }
    const run = a.run
    if (a.state !== 'open' || !run) return Promise.resolve()
    run.report({ type: 'end', sessionId: run.sessionId })
    finish(a, run, 'host', null)
    return closeModal(runOpeners.get(run))
  }

  const controller: PinwheelLinkController = {
    open() {
      if (destroyed) {
        return refuse(sessionErrors.destroyed())
      }
      if (attempt) {
        return refuse(sessionErrors.alreadyOpenHere())
      }
      const page = pageState()
      if (page.owner) {
        const error = sessionErrors.alreadyOpenElsewhere()
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
      cell.close()
    },
    getSnapshot: cell.get,
    subscribe: cell.subscribe,
    setOptions(patch) {
      const tokenChanged = 'linkToken' in patch && patch.linkToken !== options.linkToken
      const scriptChanged = (['scriptUrl', 'integrity', 'nonce'] as const).some(
        (key) => key in patch && patch[key] !== options[key],
      )
      options = { ...options, ...patch }
      // Another script (e.g. the sandbox instead of the CDN, or a fixed URL after a 404) loads
      // now, unless Link is in use: then the next open() loads it.
      if (scriptChanged && !destroyed) {
        loading = null
        if (!attempt) {
          setSnapshot({ status: 'loading', error: null, ready: false })
          void ensureLoaded()
        }
      }
      if (!tokenChanged || !attempt) return
      if (attempt.state === 'pending') attempt.tokenStale = true
      else void endFromHost('cancelled')
    },
    retry() {
      if (destroyed) return Promise.resolve()
      if (cell.get().status === 'script_error') loading = null
      return ensureLoaded().then(() => {})
    },
  }
  void ensureLoaded()
  return controller
}
