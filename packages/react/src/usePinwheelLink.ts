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
 * The options to hand the controller: values as they are, and each function (callbacks,
 * `getLinkToken`) replaced by a stable wrapper that calls the latest prop. So an inline
 * `onSuccess` is never stale and never looks like a change.
 */
function controllerOptions(
  options: Options,
  latest: { current: Options },
  wrappers: Map<string, AnyFunction>,
): Options {
  const result: Options = {}
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue
    if (typeof value !== 'function') {
      result[key] = value
      continue
    }
    let wrapper = wrappers.get(key)
    if (!wrapper) {
      wrapper = (...args: never[]) => (latest.current[key] as AnyFunction | undefined)?.(...args)
      wrappers.set(key, wrapper)
    }
    result[key] = wrapper
  }
  return result
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  // Inline style objects (modalStyling, overlayStyling) are new on every render.
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) =>
      Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  )
}

function changedOptions(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Partial<PinwheelLinkOptions> | null {
  const changed: Record<string, unknown> = {}
  let any = false
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (!sameValue(previous[key], next[key])) {
      changed[key] = next[key]
      any = true
    }
  }
  return any ? (changed as Partial<PinwheelLinkOptions>) : null
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
  const merged: Options = { ...context?.defaults, ...options, store }
  const latest = useRef(merged)
  const wrappers = useRef(new Map<string, AnyFunction>())
  const sent = useRef<Options>({})
  const controllerRef = useRef<PinwheelLinkController | null>(null)
  const [controller, setController] = useState<PinwheelLinkController | null>(null)

  useIsomorphicLayoutEffect(() => {
    latest.current = merged
    const current = controllerRef.current
    if (!current) return
    const next = controllerOptions(merged, latest, wrappers.current)
    const changed = changedOptions(sent.current, next)
    sent.current = next
    if (changed) current.setOptions(changed)
  })

  // Created in an effect, not during render: StrictMode's second mount gets a fresh controller
  // and the first one is destroyed, so nothing leaks and nothing opens twice. Everything else,
  // the store included, changes in place through setOptions above.
  useIsomorphicLayoutEffect(() => {
    const initial = controllerOptions(latest.current, latest, wrappers.current)
    sent.current = initial
    const created = createPinwheelLink(initial as PinwheelLinkOptions)
    controllerRef.current = created
    setController(created)
    return () => {
      controllerRef.current = null
      created.destroy()
    }
  }, [])

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
