import type { InitializationParams } from '../params/InitializationParams'
import type { PinwheelLinkCallbacks } from './PinwheelLinkOptions'

/** The callbacks a session hands `window.Pinwheel.open`. */
export type LinkCallbacks = Required<
  Pick<
    InitializationParams,
    'onEvent' | 'onLogin' | 'onLoginAttempt' | 'onSuccess' | 'onError' | 'onExit'
  >
>

/**
 * Makes the script callbacks of one session. Every event takes one path, `event(name, payload)`,
 * from the script's `onEvent`; each named callback (`onSuccess`…) goes straight to `forward`.
 * The script calls `onEvent` first, then the named callback of the same event: should a script
 * ever call a named callback without that `onEvent` just before, the named callback also stands
 * in for the event. This is the only place that knows the two channels. @internal
 */
export function createLinkCallbacks(
  event: (name: string, payload: unknown) => void,
  forward: (callback: keyof PinwheelLinkCallbacks, payload: unknown) => void,
): LinkCallbacks {
  let last: unknown
  const named =
    (name: string, callback: keyof PinwheelLinkCallbacks) =>
    (payload: unknown): void => {
      if (last !== name) event(name, payload)
      last = undefined
      forward(callback, payload)
    }
  return {
    onEvent(name, payload) {
      last = name
      event(name, payload)
    },
    onLogin: named('login', 'onLogin'),
    onLoginAttempt: named('login_attempt', 'onLoginAttempt'),
    onSuccess: named('success', 'onSuccess'),
    onError: named('error', 'onError'),
    onExit: named('exit', 'onExit'),
  }
}
