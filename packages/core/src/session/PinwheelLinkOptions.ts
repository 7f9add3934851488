import type { LinkwheelError } from '../errors/LinkwheelError'
import type {
  EmptyPayload,
  LinkResult,
  LoginResult,
  PinwheelError,
  PinwheelEventName,
  PinwheelEventPayload,
} from '../events/PinwheelEventPayloads'
import type { ModalStyling, OverlayStyling } from '../params/InitializationParams'
import type { LinkEventStore } from '../store/types'

/** What `getLinkToken` may resolve to: the token, or the `data` of `POST /v1/link_tokens`. */
export type LinkTokenResult = string | { token: string; expires?: string | undefined }

/**
 * Your callbacks, called as the script calls them. The controller reads them when an event
 * arrives (never captured at open time), after reporting the event to the store; one that throws
 * is reported and never stops Link.
 */
export interface PinwheelLinkCallbacks {
  /** The user logged in to their payroll account. */
  onLogin?: ((result: LoginResult) => void) | undefined
  /** A job completed: once per completed job (the script's `onSuccess`). */
  onSuccess?: ((result: LinkResult) => void) | undefined
  /**
   * An error: a {@link PinwheelError} Link showed the user (the flow may go on), or a
   * {@link LinkwheelError} when the script failed to load (`LinkScriptError`) or `open()` was
   * refused (`LinkSessionError`, e.g. `token_expired`). Tell them apart with `isLinkwheelError`.
   */
  onError?: ((error: PinwheelError | LinkwheelError) => void) | undefined
  /**
   * The user closed Link: exactly once per session, with the error that ended it or `{}`. Not
   * called when the host closes it (`close()`, `destroy()`), nor for a session replaced after an
   * `invalidLinkToken` error.
   */
  onExit?: ((error: PinwheelError | EmptyPayload) => void) | undefined
  /**
   * Every event, as the script's `onEvent` gives it, unchecked: a newer script may send names this
   * version does not know. `parsePinwheelEvent(name, payload)` gives a checked event whose `name`
   * narrows its payload; the store records every one that way (`unknown` when it cannot be typed).
   */
  onEvent?:
    | ((name: PinwheelEventName, payload: PinwheelEventPayload<PinwheelEventName>) => void)
    | undefined
}

/** The Link options of `InitializationParams`, passed through to the script at each open. */
export interface PinwheelLinkDisplayOptions {
  /** Draw Link in dark mode. @default false */
  useDarkMode?: boolean | undefined
  /** Position and size of the modal (CSS lengths). @default Link's own */
  modalStyling?: ModalStyling | undefined
  /** Backdrop styling. @default Link's own */
  overlayStyling?: OverlayStyling | undefined
  /** Hide the page behind the modal from assistive technology while it is open. @default false */
  ariaHideDocumentContent?: boolean | undefined
  /** Load Link from Pinwheel's secure origin. @default false */
  useSecureOrigin?: boolean | undefined
}

/** Options of `createPinwheelLink`; all of them can be changed later with `setOptions`. */
export interface PinwheelLinkOptions extends PinwheelLinkCallbacks, PinwheelLinkDisplayOptions {
  /**
   * A Link token made by your server. Single-use: a page that already opened Link with it, or a
   * token past its `exp`, is refused. Prefer {@link PinwheelLinkOptions.getLinkToken}.
   */
  linkToken?: string | undefined
  /**
   * Fetches a fresh token when `open()` is called, so no token is spent on page load. On an
   * `invalidLinkToken` error it is called once more and Link reopens. Wins over `linkToken`.
   */
  getLinkToken?: (() => Promise<LinkTokenResult>) | undefined
  /**
   * The payroll account an On Demand Update refreshes; marks sessions `on_demand_update`. Read
   * from the token's `account_id` claim when omitted.
   */
  accountId?: string | undefined
  /**
   * Where events are recorded. Read at each open. Without it, sessions go to the app-wide
   * default store: to `getDefaultLinkEventStore()` once your app creates it (reading events does),
   * and until then to a bounded backlog it replays, so a page that never reads events never loads
   * the store. @default the app-wide default store
   */
  store?: LinkEventStore | undefined
  /**
   * The Link script URL. Changing it (or `integrity` / `nonce`) loads the new script at once, also
   * out of a script error; while Link is open, the next open loads it. @default PINWHEEL_SCRIPT_URL
   */
  scriptUrl?: string | undefined
  /** SRI hash for `scriptUrl` (sets `crossorigin="anonymous"`). @default undefined */
  integrity?: string | undefined
  /** CSP nonce for the script tag. @default undefined */
  nonce?: string | undefined
  /** How long the script may take to load. @default 10000 */
  timeoutMs?: number | undefined
  /**
   * How long `open()` waits for the token and the script before rejecting with `open_timeout`.
   * @default 15000
   */
  openTimeoutMs?: number | undefined
}
