import type { LinkEventName, LinkEventPayloads } from '../protocol/linkEvents.js'
import type {
  FrameToHostMessage,
  PinwheelEventMessage,
  PinwheelInitMessage,
} from '../protocol/linkMessages.js'
import { isPinwheelInitMessage } from '../protocol/linkMessages.js'

/** The frame's side of the postMessage protocol. */
export interface HostChannel {
  /** Sends a Link event as `PINWHEEL_EVENT` (success, error and exit too). */
  emit<K extends LinkEventName>(name: K, payload: LinkEventPayloads[K]): void
  /** Sends the `exit` event, then asks the host to remove the modal. */
  exit(payload: LinkEventPayloads['exit']): void
  /** Tells the host the first screen is on display. */
  loadComplete(): void
}

/**
 * Connects to the host page at `parentOrigin`: waits for `PINWHEEL_INIT` (accepted only from
 * `window.parent` on that origin; the host sends it on the iframe's `load` event), then hands
 * back a channel for events.
 */
export function createHostChannel(
  parentOrigin: string,
  onInit: (init: PinwheelInitMessage['payload'], channel: HostChannel) => void,
): void {
  const post = (message: FrameToHostMessage): void =>
    window.parent.postMessage(message, parentOrigin)
  const channel: HostChannel = {
    emit: (name, payload) =>
      post({ type: 'PINWHEEL_EVENT', eventName: name, payload } as PinwheelEventMessage),
    exit: (payload) => {
      channel.emit('exit', payload)
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
}
