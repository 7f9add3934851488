import { type LoadPinwheelOptions, loadPinwheel } from './loadPinwheel'

/**
 * Starts loading the Link script ahead of time (e.g. when a route that shows Link is prefetched)
 * without opening Link. Shares {@link loadPinwheel}'s memo, so the later `open()` is instant.
 *
 * It never rejects and never produces an unhandled rejection: it resolves `true` once the script
 * is ready and `false` when it failed (the failure is forgotten, so the next load retries) or
 * there is no `window`.
 *
 * @example
 * ```ts
 * router.on('prefetch:/payroll', () => void preloadPinwheel())
 * ```
 */
export function preloadPinwheel(options?: LoadPinwheelOptions): Promise<boolean> {
  try {
    return loadPinwheel(options).then(
      (global) => global !== null,
      () => false,
    )
  } catch {
    return Promise.resolve(false)
  }
}
