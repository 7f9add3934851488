import { readPinwheelGlobal } from '../loader/readPinwheelGlobal'
import type { PinwheelGlobal } from '../params/InitializationParams'
import { pageState } from './pageState'

/**
 * Closes the modal through `opener`, the `window.Pinwheel` that opened it (a second copy of the
 * script may have replaced the global since, and that copy knows nothing of this modal), or
 * through the current global when none is known; never throws. The page waits for it before
 * reopening.
 */
export function closeModal(opener: PinwheelGlobal | null = readPinwheelGlobal()): Promise<void> {
  const page = pageState()
  const closing = (async () => {
    try {
      await opener?.close()
    } catch (error) {
      console.error('[linkwheel] window.Pinwheel.close() failed:', error)
    }
  })()
  page.closing = closing
  void closing.then(() => {
    if (page.closing === closing) page.closing = null
  })
  return closing
}
