import { readPinwheelGlobal } from '../loader/readPinwheelGlobal'
import { pageState } from './pageState'

/** Closes whatever modal the script shows; never throws. The page waits for it before reopening. */
export function closeModal(): Promise<void> {
  const page = pageState()
  const closing = (async () => {
    try {
      await readPinwheelGlobal()?.close()
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
