import type {
  LinkErrorPayload,
  LinkEventName,
  LinkEventPayloads,
  LinkLoginPayload,
  LinkSuccessPayload,
} from '../protocol/linkEvents.js'

/** A CSS length: px, %, vw, vh or em. */
type CssLength = string

/**
 * What the sandbox `Pinwheel.open` accepts: Pinwheel's `LinkOptions` (react-modal
 * `src/client-events/client.ts`) plus the display options and SDK overrides the Link script reads.
 */
export interface SandboxInitializationParams {
  linkToken: string
  onLogin?: (payload: LinkLoginPayload) => void
  /** Called on the user's first login submit (the `login_attempt` event). */
  onLoginAttempt?: (payload: { platformId: string }) => void
  onSuccess?: (payload: LinkSuccessPayload) => void
  onError?: (error: LinkErrorPayload) => void
  onExit?: (error?: LinkErrorPayload | Record<string, never>) => void
  /** Called first for every event, before the named callback. */
  onEvent?: <K extends LinkEventName>(eventName: K, payload: LinkEventPayloads[K]) => void
  useDarkMode?: boolean
  useSecureOrigin?: boolean
  ariaHideDocumentContent?: boolean
  modalStyling?: { deltaX?: CssLength; deltaY?: CssLength; width?: CssLength; height?: CssLength }
  overlayStyling?: { backgroundColor?: string }
  _sdkOverride?: string
  _versionOverride?: { major: number; minor: number; patch: number }
  _modalSessionIdOverride?: string
}

/** The global the sandbox script defines: `window.Pinwheel`, with the real script's contract. */
export interface SandboxPinwheel {
  /** Opens Link over the page. Resolves once the modal is in the DOM; rejects on bad params or when already open. */
  open(params: SandboxInitializationParams): Promise<void>
  /** Removes the modal and returns focus; no `onExit` (the app closed it itself). */
  close(): Promise<void>
}
