import type { PinwheelEventName, PinwheelEventPayloads } from '@linkwheel/core'

/**
 * The `postMessage` protocol between the host script (`pinwheel.js`, in the app's page) and the
 * frame page (`frame.html`, on the Link origin). Both sides check `event.origin` and
 * `event.source` before reading a message; anything else is ignored.
 *
 * frame → host: `PINWHEEL_FRAME_READY`, then `PINWHEEL_LOAD_COMPLETE`, `PINWHEEL_EVENT`,
 * `PINWHEEL_SUCCESS`, `PINWHEEL_EXIT`, `PINWHEEL_MODAL_CLOSE`.
 * host → frame: `PINWHEEL_INIT`.
 */

/** Semantic version of the SDK that opened Link (`_versionOverride`). */
export interface SdkVersion {
  major: number
  minor: number
  patch: number
}

/** Options the host forwards to the frame. */
export interface LinkInitializationOptions {
  /** Dark colour scheme. @default false */
  useDarkMode: boolean
  /** Id of this modal session (`_modalSessionIdOverride` or a fresh uuid). */
  modalSessionId: string
}

/** host → frame: start Link with this token. */
export interface PinwheelInitMessage {
  type: 'PINWHEEL_INIT'
  payload: {
    linkToken: string
    /** `_sdkOverride`, e.g. `react`; `js` for the bare script. */
    sdk: string
    version: SdkVersion
    initializationOptions: LinkInitializationOptions
  }
}

/** frame → host: the frame page is listening; send `PINWHEEL_INIT`. */
export interface PinwheelFrameReadyMessage {
  type: 'PINWHEEL_FRAME_READY'
}

/** frame → host: the first screen is on display. */
export interface PinwheelLoadCompleteMessage {
  type: 'PINWHEEL_LOAD_COMPLETE'
}

/** Event names the frame sends as `PINWHEEL_EVENT` (success and exit have their own messages). */
export type FrameEventName = Exclude<PinwheelEventName, 'success' | 'exit'>

/** frame → host: a Link event; the host calls `onEvent` (and `onLogin` / `onError`). */
export type PinwheelEventMessage = {
  [K in FrameEventName]: { type: 'PINWHEEL_EVENT'; eventName: K; payload: PinwheelEventPayloads[K] }
}[FrameEventName]

/** frame → host: a job succeeded; the host calls `onEvent('success', …)` and `onSuccess`. */
export interface PinwheelSuccessMessage {
  type: 'PINWHEEL_SUCCESS'
  payload: PinwheelEventPayloads['success']
}

/** frame → host: the user left; the host calls `onEvent('exit', …)` and `onExit` once. */
export interface PinwheelExitMessage {
  type: 'PINWHEEL_EXIT'
  payload: PinwheelEventPayloads['exit']
}

/** frame → host: remove the modal. */
export interface PinwheelModalCloseMessage {
  type: 'PINWHEEL_MODAL_CLOSE'
}

/** Any message the frame sends to the host. */
export type FrameToHostMessage =
  | PinwheelFrameReadyMessage
  | PinwheelLoadCompleteMessage
  | PinwheelEventMessage
  | PinwheelSuccessMessage
  | PinwheelExitMessage
  | PinwheelModalCloseMessage

const frameMessageTypes = new Set<string>([
  'PINWHEEL_FRAME_READY',
  'PINWHEEL_LOAD_COMPLETE',
  'PINWHEEL_EVENT',
  'PINWHEEL_SUCCESS',
  'PINWHEEL_EXIT',
  'PINWHEEL_MODAL_CLOSE',
])

/** True when `data` is shaped like a message the frame sends. */
export function isFrameToHostMessage(data: unknown): data is FrameToHostMessage {
  if (typeof data !== 'object' || data === null) return false
  const { type } = data as { type?: unknown }
  if (typeof type !== 'string' || !frameMessageTypes.has(type)) return false
  if (type === 'PINWHEEL_EVENT')
    return typeof (data as { eventName?: unknown }).eventName === 'string'
  return true
}

/** True when `data` is a `PINWHEEL_INIT` message with a token. */
export function isPinwheelInitMessage(data: unknown): data is PinwheelInitMessage {
  if (typeof data !== 'object' || data === null) return false
  const message = data as { type?: unknown; payload?: { linkToken?: unknown } }
  return message.type === 'PINWHEEL_INIT' && typeof message.payload?.linkToken === 'string'
}
