import { vi } from 'vitest'
import type { InitializationParams, PinwheelGlobal } from '../params/InitializationParams'

/**
 * How the fake reports `login`, `success`, `error` and `exit`: the real script calls both
 * `onEvent(name, …)` and the dedicated callback; the order is not promised.
 */
export type TwinOrder = 'event-first' | 'callback-first' | 'event-only' | 'callback-only'

const dedicated = {
  login: 'onLogin',
  success: 'onSuccess',
  error: 'onError',
  exit: 'onExit',
} as const

/** A fake `window.Pinwheel` for core's own tests (the public kit is `@linkwheel/react/testing`). */
export interface FakePinwheel {
  global: PinwheelGlobal & {
    open: ReturnType<typeof vi.fn<(params: InitializationParams) => Promise<void>>>
    close: ReturnType<typeof vi.fn<() => Promise<void>>>
  }
  /** Parameters of the last `open` call. */
  params(): InitializationParams
  /** Sends an event as the script would, through the chosen channel(s). */
  emit(name: string, payload?: unknown, order?: TwinOrder): void
}

/** Installs a fake `window.Pinwheel` and returns it. */
export function installFakePinwheel(defaultOrder: TwinOrder = 'event-first'): FakePinwheel {
  const calls: InitializationParams[] = []
  const global = {
    open: vi.fn(async (params: InitializationParams) => {
      calls.push(params)
    }),
    close: vi.fn(async () => {}),
  }
  ;(window as { Pinwheel?: unknown }).Pinwheel = global
  const params = () => {
    const last = calls.at(-1)
    if (!last) throw new Error('Pinwheel.open was not called')
    return last
  }
  return {
    global,
    params,
    emit(name, payload, order = defaultOrder) {
      const p = params()
      // Fuzzed names may be any value (even one with no string form): only strings name a callback.
      const callbackName = (
        typeof name === 'string' && Object.hasOwn(dedicated, name)
          ? (dedicated as Record<string, string>)[name]
          : undefined
      ) as (typeof dedicated)[keyof typeof dedicated] | undefined
      const viaEvent = () => p.onEvent?.(name, payload)
      const viaCallback = () => {
        if (callbackName) (p[callbackName] as ((value: unknown) => void) | undefined)?.(payload)
      }
      if (!callbackName || order === 'event-only') return viaEvent()
      if (order === 'callback-only') return viaCallback()
      if (order === 'event-first') {
        viaEvent()
        viaCallback()
      } else {
        viaCallback()
        viaEvent()
      }
    },
  }
}

/** Removes the fake global. */
export function uninstallFakePinwheel(): void {
  delete (window as { Pinwheel?: unknown }).Pinwheel
}

const base64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** An unsigned JWT-shaped sandbox token with the given claims (`exp` in seconds). */
export function makeLinkToken(claims: Record<string, unknown> = {}): string {
  const exp = Math.floor(Date.now() / 1000) + 3600
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ exp, jti: Math.random().toString(36).slice(2), ...claims })}.pw_sandbox_signature`
}
