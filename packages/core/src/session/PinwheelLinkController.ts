import type { LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'

/**
 * Where a controller is: `idle` (no window yet) → `loading` (the script) → `ready` ⇄ `open`;
 * `script_error` when the script failed (see `retry()`).
 */
export type LinkStatus = 'idle' | 'loading' | 'ready' | 'open' | 'script_error'

/** A controller's state. Immutable: a new object on each change (for `useSyncExternalStore`). */
export interface LinkState {
  /** See {@link LinkStatus}. */
  status: LinkStatus
  /** The last error (`LinkScriptError` or `LinkSessionError`); cleared by the next open or retry. */
  error: LinkwheelError | null
}

/** How an `open()` ended; the store's session summary holds the rest. */
export interface LinkOutcome {
  /** The session id: the store's, and the script's `_modalSessionIdOverride`. */
  sessionId: string
  /** Every job that succeeded, in order (empty if none). */
  results: LinkResult[]
  /** The error Link exited with, or `null`. */
  error: PinwheelError | null
  /** `link`: Link exited (the user closed it); `host`: `close()`, an unmount or a new token did. */
  endedBy: 'link' | 'host'
}

/** Drives Pinwheel Link for one trigger (a button, a hook). Made by `createPinwheelLink`. */
export interface PinwheelLinkController {
  /**
   * Opens Link and resolves when it ends. Waits for the token and the script (the script for up
   * to `timeoutMs`). Rejects with a `LinkSessionError` or `LinkScriptError`, which also goes to
   * `onError` and the state, so a click handler may ignore the promise.
   */
  open(): Promise<LinkOutcome>
  /**
   * Closes Link from the host: an open session ends (`endedBy: 'host'`, recorded `closed`), a
   * pending `open()` rejects with `cancelled`. Late script callbacks of that session are ignored.
   */
  close(): Promise<void>
  /** The current state; the same object until something changes. */
  getState(): LinkState
  /** Calls `listener` after each state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /**
   * Replaces the options; callbacks are read when the script calls them, so they are always the
   * latest. A new `linkToken` closes an open Link; a new `scriptUrl` (or `integrity`, `nonce`)
   * loads that script.
   */
  setOptions(options: PinwheelLinkOptions): void
  /** Loads the script again after a `script_error`; never rejects (watch the state). */
  retry(): Promise<void>
}
