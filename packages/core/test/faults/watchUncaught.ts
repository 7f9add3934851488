import { expect } from 'vitest'

/**
 * Collects what a host page would see as a crash while a fault test runs: Node's
 * `unhandledRejection` (jsdom runs on Node's event loop), and the window's `error` and
 * `unhandledrejection` events (Chromium). `settle()` waits long enough for each to be reported;
 * `expectNone()` settles, stops watching and fails the test if anything was seen.
 */
export function watchUncaught() {
  const seen: unknown[] = []
  const onNodeRejection = (reason: unknown) => seen.push(reason)
  const onError = (event: ErrorEvent) => seen.push(event.error ?? event.message)
  const onRejection = (event: PromiseRejectionEvent) => seen.push(event.reason)
  const proc = (globalThis as { process?: NodeJS.Process }).process
  const node = typeof proc?.on === 'function' ? proc : null
  node?.on('unhandledRejection', onNodeRejection)
  window.addEventListener('error', onError)
  window.addEventListener('unhandledrejection', onRejection)
  return {
    seen,
    /** Lets pending rejections be reported (they are, after the microtask queue drains). */
    settle: () => new Promise<void>((resolve) => setTimeout(resolve, 20)),
    stop() {
      node?.off('unhandledRejection', onNodeRejection)
      window.removeEventListener('error', onError)
      window.removeEventListener('unhandledrejection', onRejection)
    },
    /** Settles, stops watching, and fails the test when anything uncaught was seen. */
    async expectNone() {
      await this.settle()
      this.stop()
      expect(seen, 'uncaught errors or unhandled rejections').toEqual([])
    },
  }
}
