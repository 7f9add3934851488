import {
  createPinwheelLink,
  type LinkOutcome,
  type LinkState,
  type PinwheelLinkOptions,
} from '@linkwheel/core'
import { useContext, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react'
import { PinwheelContext } from './PinwheelProvider'

/**
 * Options of {@link usePinwheelLink}: core's `PinwheelLinkOptions` (callbacks, Link display
 * options, `scriptUrl`, `integrity`, `nonce`, `store`, timeouts) with exactly one token source:
 * `linkToken` (a token your server made; `undefined` while you fetch it) or `getLinkToken`
 * (fetches one at each open, so none is spent on page load).
 */
export type UsePinwheelLinkOptions = Omit<PinwheelLinkOptions, 'linkToken' | 'getLinkToken'> &
  (
    | { linkToken: string | undefined; getLinkToken?: never }
    | { getLinkToken: NonNullable<PinwheelLinkOptions['getLinkToken']>; linkToken?: never }
  )

/** What {@link usePinwheelLink} returns: the controller's state and its stable functions. */
export interface UsePinwheelLinkResult extends LinkState {
  /**
   * Opens Link; resolves when it ends. Before the script is ready it waits (up to
   * `timeoutMs`). Rejects with a `LinkSessionError` or `LinkScriptError` (also shown in
   * `error` and passed to `onError`).
   */
  open: () => Promise<LinkOutcome>
  /** Closes Link (the session is recorded as `closed`). */
  close: () => Promise<void>
  /** Loads the script again after a `script_error`. */
  retry: () => Promise<void>
  /** `status === 'ready'`: the script is loaded and no Link is open. */
  ready: boolean
}

const serverState: LinkState = { status: 'idle', error: null }
const getServerState = () => serverState
const useCommitEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

/**
 * Drives Pinwheel Link for a component: one controller for the component's life, whose options
 * are the latest props (an inline callback never re-creates anything and is never stale), and
 * whose state re-renders the component. A new `linkToken` closes an open Link; unmounting closes
 * it. Safe under StrictMode: one script, one `Pinwheel.open` per `open()`.
 *
 * @example
 * ```tsx
 * function Connect() {
 *   const { open, ready } = usePinwheelLink({ getLinkToken, onSuccess: (r) => save(r.accountId) })
 *   return <button disabled={!ready} onClick={() => open()}>Connect payroll</button>
 * }
 * ```
 */
export function usePinwheelLink(options: UsePinwheelLinkOptions): UsePinwheelLinkResult {
  const context = useContext(PinwheelContext)
  const merged: PinwheelLinkOptions = {
    ...context?.defaults,
    ...options,
    store: options.store ?? context?.store,
  }
  // Made during the first render, so the script request starts before the commit (one load per
  // URL: StrictMode's second render shares it).
  const [link] = useState(() => createPinwheelLink(merged))
  useCommitEffect(() => link.setOptions(merged))
  useEffect(
    () => () => {
      void link.close()
    },
    [link],
  )
  const state = useSyncExternalStore(link.subscribe, link.getState, getServerState)
  return {
    ...state,
    ready: state.status === 'ready',
    open: link.open,
    close: link.close,
    retry: link.retry,
  }
}
