import type { PinwheelGlobal } from '../params/InitializationParams'

/**
 * Reads `window.Pinwheel` now and returns it if it has `open` and `close` functions, else `null`.
 * Read it at each use: another script may replace or delete the global after load.
 */
export function readPinwheelGlobal(): PinwheelGlobal | null {
  if (typeof window === 'undefined') return null
  try {
    const candidate = (window as { Pinwheel?: unknown }).Pinwheel
    if (
      (typeof candidate === 'object' || typeof candidate === 'function') &&
      candidate !== null &&
      typeof (candidate as PinwheelGlobal).open === 'function' &&
      typeof (candidate as PinwheelGlobal).close === 'function'
    ) {
      return candidate as PinwheelGlobal
    }
  } catch {
    // A hostile getter on window.Pinwheel counts as a missing global.
  }
  return null
}
