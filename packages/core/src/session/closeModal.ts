import type { PinwheelGlobal } from '../params/InitializationParams'
import { pageState } from './pageState'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/**
 * Closes the modal through `opener`, the `window.Pinwheel` that opened it (a second copy of the
 * script may have replaced the global since); never rejects. The page waits for it before the
 * next open.
 */
export function closeModal(opener: PinwheelGlobal): Promise<void> {
  // Called now (a throw becomes a rejection), so the modal starts closing in this tick.
  const closing = new Promise<void>((resolve) => resolve(opener.close())).then(
    undefined,
    (error: unknown) => {
      if (process.env.NODE_ENV !== 'production')
        console.error('[linkwheel] window.Pinwheel.close() failed:', error)
    },
  )
  // Settled promises stay here: awaiting one costs the next open a microtask.
  pageState().closing = closing
  return closing
}
