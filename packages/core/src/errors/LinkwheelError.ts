/** Marks linkwheel errors so guards also work across two copies of the library on one page. */
const brand = Symbol.for('linkwheel.error')

/**
 * The base of every error linkwheel throws or rejects with. `code` is stable and typed in each
 * subclass; `message` says what happened and what to do about it.
 *
 * @example
 * ```ts
 * try {
 *   await link.open()
 * } catch (error) {
 *   if (isLinkwheelError(error)) showToast(error.message)
 * }
 * ```
 */
export class LinkwheelError extends Error {
  // `declare`d and set in the constructor: class field syntax would be down-levelled to a helper
  // by bundlers targeting older browsers, for no gain.
  /** A stable, machine-readable reason; subclasses narrow it to a union. */
  declare readonly code: string
  /** @internal */
  declare readonly [brand]: true

  /**
   * @param code - stable reason, e.g. `timeout`
   * @param message - what happened and what to do about it
   * @param options - `cause`: the underlying error, kept for debugging
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'LinkwheelError'
    ;(this as { code: string }).code = code
    ;(this as { [brand]: true })[brand] = true
  }
}

/** Whether `value` is an error thrown by linkwheel (any subclass of {@link LinkwheelError}). */
export function isLinkwheelError(value: unknown): value is LinkwheelError {
  return (
    value instanceof LinkwheelError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { [brand]?: unknown })[brand] === true &&
      typeof (value as { code?: unknown }).code === 'string')
  )
}
