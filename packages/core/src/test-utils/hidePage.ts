/**
 * Hides the page the way an unload, a tab switch or a reload does (`visibilityState` `hidden`, then
 * `visibilitychange`), so a persisted store writes what it has not written yet. Tests only (DOM).
 */
export function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
  try {
    document.dispatchEvent(new Event('visibilitychange'))
  } finally {
    // Back to the prototype's getter.
    delete (document as { visibilityState?: unknown }).visibilityState
  }
}
