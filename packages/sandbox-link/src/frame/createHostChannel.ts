import type { PinwheelEventPayloads } from '@linkwheel/core'
import type {
  FrameEventName,
  FrameToHostMessage,
  PinwheelInitMessage,
} from '../protocol/linkMessages.js'
import { isPinwheelInitMessage } from '../protocol/linkMessages.js'

/** The frame's side of the postMessage protocol. */
export interface HostChannel {
  /** Sends a Link event (not `success` / `exit`, which have their own methods). */
  emit<K extends FrameEventName>(name: K, payload: PinwheelEventPayloads[K]): void
  /** Reports a completed job. */
  success(payload: PinwheelEventPayloads['success']): void
  /** Reports the exit, then asks the host to remove the modal. */
  exit(payload: PinwheelEventPayloads['exit']): void
  /** Tells the host the first screen is on display. */
  loadComplete(): void
}

/**
 * Connects to the host page at `parentOrigin`: announces readiness, waits for `PINWHEEL_INIT`
 * (accepted only from `window.parent` on that origin), then hands back a channel for events.
 */
export function createHostChannel(
  parentOrigin: string,
  onInit: (init: PinwheelInitMessage['payload'], channel: HostChannel) => void,
): void {
  const post = (message: FrameToHostMessage): void =>
    window.parent.postMessage(message, parentOrigin)
  const channel: HostChannel = {
    emit: (name, payload) =>
      post({ type: 'PINWHEEL_EVENT', eventName: name, payload } as FrameToHostMessage),
    success: (payload) => post({ type: 'PINWHEEL_SUCCESS', payload }),
    exit: (payload) => {
      post({ type: 'PINWHEEL_EXIT', payload })
      post({ type: 'PINWHEEL_MODAL_CLOSE' })
    },
    loadComplete: () => post({ type: 'PINWHEEL_LOAD_COMPLETE' }),
  }
  let started = false
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== window.parent || event.origin !== parentOrigin) return
    if (started || !isPinwheelInitMessage(event.data)) return
    started = true
    window.removeEventListener('message', onMessage)
    onInit(event.data.payload, channel)
  }
  window.addEventListener('message', onMessage)
  post({ type: 'PINWHEEL_FRAME_READY' })
}
