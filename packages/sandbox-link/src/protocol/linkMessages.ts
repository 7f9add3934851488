import type { LinkEventName, LinkEventPayloads } from './linkEvents.js'

/**
 * The `postMessage` protocol between the host script (`pinwheel.js`, in the app's page) and the
 * frame page (`frame.html`, on the Link origin), as Pinwheel's own SDKs speak it
 * (`underdog-tech/react-native-pinwheel` `src/index.tsx`, `pinwheel-android-sdk`
 * `webview/PinwheelJavaScriptInterface.kt`). Both sides check `event.origin` and `event.source`
 * before reading a message; anything else is ignored.
 *
 * host → frame: `PINWHEEL_INIT`, once the iframe's `load` event fired.
 * frame → host: `PINWHEEL_LOAD_COMPLETE`, every event (success, error and exit included) as
 * `PINWHEEL_EVENT`, then `PINWHEEL_MODAL_CLOSE` after the exit.
 */

/** Semantic version of the SDK that opened Link (`_versionOverride`). */
export interface SdkVersion {
  major: number
  minor: number
  patch: number
}

/** Which callbacks the app passed, as the SDKs report them. */
export interface LinkInitializationOptions {
  hasOnSuccess: boolean
  hasOnEvent: boolean
  hasOnExit: boolean
  hasOnError: boolean
  hasOnLogin: boolean
}

/** host → frame: start Link with this token (the payload the mobile SDKs post). */
export interface PinwheelInitMessage {
  type: 'PINWHEEL_INIT'
  payload: {
    linkToken: string
    /** A stable id for this browser (kept in `localStorage` under `pinwheel-uuid`). */
    uniqueUserId: string
    /** `Date.now()` when the host opened Link. */
    initializationTimestamp: number
    /** `_sdkOverride`, e.g. `react`; `js` for the bare script. */
    sdk: string
    /** `web` here (`ios` / `android` in the mobile SDKs). */
    platform: string
    version: SdkVersion
    /** What the host knows of the device (the Android SDK sends os, manufacturer, model…). */
    deviceMetadata: Record<string, string | number>
    initializationOptions: LinkInitializationOptions
  }
}

/** frame → host: the first screen is on display. */
export interface PinwheelLoadCompleteMessage {
  type: 'PINWHEEL_LOAD_COMPLETE'
}

/** frame → host: a Link event; the host calls `onEvent`, then the callback named after it. */
export type PinwheelEventMessage = {
  [K in LinkEventName]: { type: 'PINWHEEL_EVENT'; eventName: K; payload: LinkEventPayloads[K] }
}[LinkEventName]

/** frame → host: remove the modal (sent after the `exit` event). */
export interface PinwheelModalCloseMessage {
  type: 'PINWHEEL_MODAL_CLOSE'
}

/** Any message the frame sends to the host. */
export type FrameToHostMessage =
  | PinwheelLoadCompleteMessage
  | PinwheelEventMessage
  | PinwheelModalCloseMessage

const frameMessageTypes = new Set<string>([
  'PINWHEEL_LOAD_COMPLETE',
  'PINWHEEL_EVENT',
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
