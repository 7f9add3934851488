import type { PinwheelGlobal } from '../params/InitializationParams'

/**
 * Reads `window.Pinwheel` now and returns it if it has `open` and `close` functions, else `null`
 * (also on the server, and when a hostile getter throws). Read it at each use: another script may
 * replace or delete the global after load.
 */
export function readPinwheelGlobal(): PinwheelGlobal | null {
  try {
    const candidate = (window as { Pinwheel?: Partial<PinwheelGlobal> | null }).Pinwheel
    return typeof candidate?.open === 'function' && typeof candidate.close === 'function'
      ? (candidate as PinwheelGlobal)
      : null
  } catch {
    return null
  }
}
