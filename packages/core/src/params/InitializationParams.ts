import type {
  EmptyPayload,
  LinkResult,
  LoginResult,
  PinwheelError,
  PinwheelEventPayloads,
} from '../events/PinwheelEventPayloads'

/** Where and how big the modal is drawn; CSS lengths such as `'0px'`, `'480px'`, `'80vh'`. */
export interface ModalStyling {
  /** Horizontal offset of the modal. */
  deltaX?: string
  /** Vertical offset of the modal. */
  deltaY?: string
  /** Modal width. */
  width?: string
  /** Modal height. */
  height?: string
}

/** The backdrop behind the modal. */
export interface OverlayStyling {
  /** Any CSS color, e.g. `'rgba(0, 0, 0, 0.5)'`. */
  backgroundColor?: string
}

/**
 * What `window.Pinwheel.open(params)` accepts: the Link token, the callbacks, and Link's options.
 * The script calls the callbacks with data straight from the Link iframe, so code that receives
 * them should validate (linkwheel's store parses each `onEvent` with `parsePinwheelEvent`).
 */
export interface InitializationParams {
  /** The single-use Link token from `POST /v1/link_tokens` (a JWT). Required. */
  linkToken: string
  /** The user logged in to their payroll account. */
  onLogin?: (result: LoginResult) => void
  /** The user submitted their credentials (official `LinkOptions.onLoginAttempt`). */
  onLoginAttempt?: (payload: PinwheelEventPayloads['login_attempt']) => void
  /** A job completed; called once per completed job. */
  onSuccess?: (result: LinkResult) => void
  /** Link showed an error; the flow may continue. */
  onError?: (error: PinwheelError) => void
  /** The modal closed; receives the error that ended it, or `{}`. */
  onExit?: (error: PinwheelError | EmptyPayload) => void
  /** Every event, by name (newer scripts send names this version does not know). */
  onEvent?: (name: string, payload: unknown) => void
  /** Load Link from Pinwheel's secure origin. @default false */
  useSecureOrigin?: boolean
  /** Draw Link in dark mode. @default false */
  useDarkMode?: boolean
  /** Position and size of the modal. */
  modalStyling?: ModalStyling
  /** Backdrop styling. */
  overlayStyling?: OverlayStyling
  /** Set `aria-hidden` on the page behind the modal while it is open. */
  ariaHideDocumentContent?: boolean
  /** Which SDK drives the script; the official React wrapper passes `'react'`. */
  _sdkOverride?: string
  /** Version of the SDK that drives the script. */
  _versionOverride?: { major: number; minor: number; patch: number }
  /** A uuid naming this open of the modal; linkwheel passes its session id. */
  _modalSessionIdOverride?: string
}

/** The global the Link script defines as `window.Pinwheel`. */
export interface PinwheelGlobal {
  /** Renders the modal (an iframe appended to `document.body`). */
  open(params: InitializationParams): Promise<void>
  /** Removes the modal. */
  close(): Promise<void>
}
