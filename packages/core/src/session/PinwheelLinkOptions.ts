import type { LinkwheelError } from '../errors/LinkwheelError'
import type {
  EmptyPayload,
  LinkResult,
  LoginResult,
  PinwheelError,
  PinwheelEventName,
  PinwheelEventPayload,
  PinwheelEventPayloads,
} from '../events/PinwheelEventPayloads'
import type { InitializationParams } from '../params/InitializationParams'

/** What `getLinkToken` may resolve to: the token, or the `data` of `POST /v1/link_tokens`. */
export type LinkTokenResult = string | { token: string; expires?: string | undefined }

/**
 * Where a controller records its sessions: what it needs of a `LinkEventStore` (any object with
 * these actions works). Each event reaches it once, as the script's `onEvent` delivered it.
 */
export interface LinkSessionRecorder {
  /** A session opened; the store reads the mode and jobs from the token's claims. */
  startSession(input: {
    sessionId: string
    linkToken?: string | undefined
    accountId?: string | undefined
  }): void
  /** The script's `onEvent(name, payload)` for this session, raw: the store parses it. */
  record(sessionId: string, name: string, payload: unknown): void
  /** The host closed the session without an exit event. */
  endSession(sessionId: string, reason: 'closed'): void
}

/**
 * Your callbacks. Each is read when the script calls it (never captured at open time); one that
 * throws is reported (in development) and never stops Link.
 */
export interface PinwheelLinkCallbacks {
  /** The user logged in to their payroll account. */
  onLogin?: ((result: LoginResult) => void) | undefined
  /** The user submitted their credentials (the script's `onLoginAttempt`). */
  onLoginAttempt?: ((payload: PinwheelEventPayloads['login_attempt']) => void) | undefined
  /** A job completed: once per completed job. */
  onSuccess?: ((result: LinkResult) => void) | undefined
  /**
   * A {@link PinwheelError} Link showed the user (the flow may go on), or a
   * {@link LinkwheelError} when the script failed to load or `open()` was refused. Tell them
   * apart with `isLinkwheelError`.
   */
  onError?: ((error: PinwheelError | LinkwheelError) => void) | undefined
  /**
   * The user closed Link, with the error that ended it or `{}`. Not called when the host closes
   * it, nor for a session replaced after an `invalidLinkToken` error.
   */
  onExit?: ((error: PinwheelError | EmptyPayload) => void) | undefined
  /**
   * Every event, as the script gives it, unchecked: a newer script may send names this version
   * does not know. `parsePinwheelEvent(name, payload)` checks it.
   */
  onEvent?:
    | ((name: PinwheelEventName, payload: PinwheelEventPayload<PinwheelEventName>) => void)
    | undefined
}

/** The Link options of `InitializationParams`, passed to the script at each open. */
export type PinwheelLinkDisplayOptions = {
  [K in
    | 'useDarkMode'
    | 'modalStyling'
    | 'overlayStyling'
    | 'ariaHideDocumentContent'
    | 'useSecureOrigin']?: InitializationParams[K] | undefined
}

/** Options of `createPinwheelLink`; `setOptions` replaces them. */
export interface PinwheelLinkOptions extends PinwheelLinkCallbacks, PinwheelLinkDisplayOptions {
  /** A Link token made by your server (single-use). Prefer `getLinkToken`. */
  linkToken?: string | undefined
  /**
   * Fetches a fresh token at each `open()`, so none is spent on page load. After an
   * `invalidLinkToken` error it is called once more and Link reopens. Wins over `linkToken`.
   */
  getLinkToken?: (() => Promise<LinkTokenResult>) | undefined
  /** The payroll account an On Demand Update refreshes (else the token's `account_id` claim). */
  accountId?: string | undefined
  /**
   * Where sessions are recorded, read at each open. Without it, the app-wide default store, once
   * something created it (`getDefaultLinkEventStore()`, `usePinwheelEvents`); until then nothing
   * is recorded, so a page that never reads events never loads the store.
   * @default the app-wide default store, if created
   */
  store?: { getState(): LinkSessionRecorder } | null | undefined
  /** The Link script URL. @default PINWHEEL_SCRIPT_URL (with its `integrity`) */
  scriptUrl?: string | undefined
  /** SRI hash for `scriptUrl` (sets `crossorigin="anonymous"`). @default undefined */
  integrity?: string | undefined
  /** CSP nonce for the script tag. @default undefined */
  nonce?: string | undefined
  /**
   * How long the script may take to load; this also bounds how long an `open()` made before the
   * script is ready waits (it then rejects with a `timeout` `LinkScriptError`). @default 10000
   */
  timeoutMs?: number | undefined
}
