import {
  createPinwheelLink,
  findDefaultLinkEventStore,
  type LinkControllerSnapshot,
  type LinkControllerStatus,
  type LinkOutcome,
  type LinkSessionSummary,
  type LinkTokenResult,
  type LinkwheelError,
  type PinwheelLinkController,
  type PinwheelLinkOptions,
  preloadPinwheel,
} from '@linkwheel/core'
import {
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { PinwheelContext } from './PinwheelContext'

/**
 * Where the Link token comes from: exactly one of
 * - `linkToken`: a token your server already made (single-use; `undefined` while you fetch it);
 * - `getLinkToken`: fetches one when Link opens, so none is spent on page load (preferred).
 */
export type LinkTokenSource =
  | {
      /** A Link token from `POST /v1/link_tokens`; a new value closes an open Link. */
      linkToken: string | undefined
      getLinkToken?: never
    }
  | {
      /** Called at each open (and once more after an `invalidLinkToken` error). */
      getLinkToken: () => Promise<LinkTokenResult>
      linkToken?: never
    }

/**
 * Options of {@link usePinwheelLink}: core's `PinwheelLinkOptions` (callbacks, Link display
 * options, `scriptUrl`, `integrity`, `nonce`, `store`, timeouts) with exactly one token source.
 */
export type UsePinwheelLinkOptions = Omit<PinwheelLinkOptions, 'linkToken' | 'getLinkToken'> &
  LinkTokenSource

/** What {@link usePinwheelLink} returns. Functions are stable for the component's life. */
export interface UsePinwheelLinkResult {
  /**
   * Opens Link; resolves when the modal exits. Called before the script is ready it waits for it
   * (up to `openTimeoutMs`). Rejects with a `LinkSessionError` or `LinkScriptError` when Link
   * cannot open (e.g. another Link is open).
   */
  open: () => Promise<LinkOutcome>
  /** Closes the modal (the session is recorded as `closed`). */
  close: () => Promise<void>
  /** Loads the script again after a `script_error`; never rejects (watch `status`). */
  retry: () => Promise<void>
  /** Whether the script is loaded and `open()` would call Link at once. */
  ready: boolean
  /** `idle → loading → ready → open → (succeeded | exited | errored)`, or `script_error`. */
  status: LinkControllerStatus
  /** The last error (`LinkScriptError`, `LinkSessionError`), or `null`; cleared by the next open. */
  error: LinkwheelError | null
  /**
   * The store's summary of the current (or last) session: from the `store` option, the nearest
   * `PinwheelProvider`, or the app-wide default store once your app reads events
   * (`usePinwheelEvents`). `null` before the first open, and when no store records this Link.
   */
  session: LinkSessionSummary | null
}

const idleSnapshot: LinkControllerSnapshot = {
  status: 'idle',
  error: null,
  sessionId: null,
  ready: false,
}
const getIdleSnapshot = () => idleSnapshot
const subscribeNowhere = () => () => {}
const getNull = () => null
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

type AnyFunction = (...args: never[]) => unknown
type Options = Record<string, unknown>

/**
 * Makes the options to hand the controller from the latest props: values as they are, and each
 * function (callbacks, `getLinkToken`) replaced by a stable wrapper that calls the latest prop, so
 * an inline `onSuccess` is never stale and never looks like a change. `keys` collects every key
 * ever sent, so a prop that goes away is sent as `undefined`.
 */
function controllerOptions(
  latest: { current: Options },
  keys: Set<string>,
  wrappers: Map<string, AnyFunction>,
): Options {
  for (const key of Object.keys(latest.current)) keys.add(key)
  const result: Options = {}
  for (const key of keys) {
    const value = latest.current[key]
    let wrapper = wrappers.get(key)
    if (typeof value === 'function' && !wrapper) {
      wrapper = (...args: never[]) => (latest.current[key] as AnyFunction | undefined)?.(...args)
      wrappers.set(key, wrapper)
    }
    result[key] = typeof value === 'function' ? wrapper : value
  }
  return result
}

/**
 * Drives one Pinwheel Link session controller for a component: creates it on mount, destroys it on
 * unmount (closing an open modal), and re-renders on its status. Options update in place: an inline
 * callback never re-creates the session, and callbacks always see the latest props. A new
 * `linkToken` closes an open session; the next `open()` uses it. Safe under StrictMode: the
 * controller created by the first mount is destroyed, and the script loads once.
 *
 * @example
 * ```tsx
 * function Connect({ token }: { token: string }) {
 *   const { open, ready } = usePinwheelLink({ linkToken: token, onSuccess: (r) => save(r.accountId) })
 *   return <button disabled={!ready} onClick={() => open()}>Connect payroll</button>
 * }
 * ```
 */
export function usePinwheelLink(options: UsePinwheelLinkOptions): UsePinwheelLinkResult {
  const context = useContext(PinwheelContext)
  // Without one, sessions go to the default store (or its backlog): the hook never creates it.
  const store = options.store ?? context?.store
  const merged = { ...context?.defaults, ...options, store }
  const latest = useRef<Options>(merged)
  const [wrappers] = useState(() => new Map<string, AnyFunction>())
  const [keys] = useState(() => new Set<string>())
  const controllerRef = useRef<PinwheelLinkController | null>(null)
  const [controller, setController] = useState<PinwheelLinkController | null>(null)

  // The first render asks for the script (the controller, made after the commit, reuses that
  // load): on a cold start the render and commit of the subtree would otherwise sit in front of
  // the request. One load per URL, so StrictMode's double render still makes one request; no-op
  // without a window.
  if (!controller) {
    const { scriptUrl: url, integrity, nonce, timeoutMs } = merged
    void preloadPinwheel({ url, integrity, nonce, timeoutMs })
  }

  // Every commit hands the controller the latest options; it acts only on what changed (a new
  // token closes an open Link, a new script URL loads it), the rest is read at the next open.
  useIsomorphicLayoutEffect(() => {
    latest.current = merged
    controllerRef.current?.setOptions(controllerOptions(latest, keys, wrappers))
  })

  // Created in an effect, not during render: StrictMode's second mount gets a fresh controller
  // and the first one is destroyed, so nothing leaks and nothing opens twice. Everything else,
  // the store included, changes in place through setOptions above.
  useIsomorphicLayoutEffect(() => {
    const created = createPinwheelLink(
      controllerOptions(latest, keys, wrappers) as PinwheelLinkOptions,
    )
    controllerRef.current = created
    setController(created)
    return () => {
      controllerRef.current = null
      created.destroy()
    }
  }, [keys, wrappers])

  const snapshot = useSyncExternalStore(
    controller?.subscribe ?? subscribeNowhere,
    controller?.getSnapshot ?? getIdleSnapshot,
    getIdleSnapshot,
  )
  const sessionId = snapshot.sessionId
  const sessionStore = store ?? findDefaultLinkEventStore()
  const session = useSyncExternalStore(
    sessionStore?.subscribe ?? subscribeNowhere,
    () => (sessionId && sessionStore?.getState().sessions[sessionId]) || null,
    getNull,
  )

  const open = useCallback((): Promise<LinkOutcome> => {
    const current = controllerRef.current
    if (current) return current.open()
    return Promise.reject(
      new Error(
        '[linkwheel] open() was called while the component is not mounted: call it from an event handler or an effect.',
      ),
    )
  }, [])
  const close = useCallback(() => controllerRef.current?.close() ?? Promise.resolve(), [])
  const retry = useCallback(() => controllerRef.current?.retry() ?? Promise.resolve(), [])

  return {
    open,
    close,
    retry,
    ready: snapshot.ready,
    status: snapshot.status,
    error: snapshot.error,
    session,
  }
}
