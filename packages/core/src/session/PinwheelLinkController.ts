import type { LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'

/**
 * Where a controller is: `idle` (no window yet) → `loading` → `ready` → `open` →
 * `succeeded` | `exited` | `errored`; `script_error` when the script failed (see `retry()`).
 */
export type LinkControllerStatus =
  | 'idle'
  | 'loading'
  | 'ready'
  | 'open'
  | 'succeeded'
  | 'exited'
  | 'errored'
  | 'script_error'

/** What a controller shows a UI. Immutable: a new object on every change (`useSyncExternalStore`). */
export interface LinkControllerSnapshot {
  /** See {@link LinkControllerStatus}. */
  status: LinkControllerStatus
  /** The last error (`LinkScriptError` or `LinkSessionError`), cleared by the next open or retry. */
  error: LinkwheelError | null
  /** The id of the current or last session (as recorded in the store), `null` before the first. */
  sessionId: string | null
  /** Whether the script is loaded, so `open()` calls Link at once. */
  ready: boolean
}

/** How an `open()` ended. */
export interface LinkOutcome {
  /** `succeeded` if any job succeeded, else `errored` if Link exited with an error, else `exited`. */
  status: 'succeeded' | 'exited' | 'errored'
  /** The session id (also the store's and the script's `_modalSessionIdOverride`). */
  sessionId: string
  /** Every completed job of the session, in order. */
  results: LinkResult[]
  /** The error Link exited with, or `null`. */
  error: PinwheelError | null
  /** `link`: the user closed it (exit event); `host`: `close()`, `destroy()` or a new token did. */
  endedBy: 'link' | 'host'
}

/** Drives Pinwheel Link for one trigger (a button, a hook). Made by `createPinwheelLink`. */
export interface PinwheelLinkController {
  /**
   * Opens Link and resolves when it ends. Waits for the script if needed (up to
   * `openTimeoutMs`). Rejects with a `LinkSessionError` (`already_open`, `token_expired`,
   * `token_used`, `missing_token`, …) or a `LinkScriptError`, before the script is called.
   * Those errors also go to `onError` and the snapshot, so ignoring the promise (a click handler)
   * never causes an unhandled rejection.
   */
  open(): Promise<LinkOutcome>
  /**
   * Closes the modal: records the session as `closed` and resolves `open()` (`endedBy: 'host'`).
   * Before Link opened, cancels: `open()` rejects with `cancelled`.
   */
  close(): Promise<void>
  /** Closes and detaches for good: no more callbacks or snapshots; `open()` rejects `destroyed`. */
  destroy(): void
  /** The current snapshot; the same object until something changes. */
  getSnapshot(): LinkControllerSnapshot
  /** Calls `listener` after each snapshot change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /**
   * Updates options in place (callbacks, token, Link options); recreates nothing. A new
   * `linkToken` while Link is open closes it; the next `open()` uses the new token.
   */
  setOptions(options: Partial<PinwheelLinkOptions>): void
  /** Loads the script again after a `script_error`; never rejects (watch the snapshot). */
  retry(): Promise<void>
}
