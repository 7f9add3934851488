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
  const page = pageState()
  const closing: Promise<void> = (async () => {
    try {
      await opener.close()
    } catch (error) {
      if (process.env.NODE_ENV !== 'production')
        console.error('[linkwheel] window.Pinwheel.close() failed:', error)
    }
  })().then(() => {
    if (page.closing === closing) page.closing = null
  })
  page.closing = closing
  return closing
}
