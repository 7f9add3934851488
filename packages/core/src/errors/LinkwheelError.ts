/** Marks linkwheel errors so guards also work across two copies of the library on one page. */
const brand = Symbol.for('linkwheel.error')

/** Where each error code has its docs section: append `#<code>`. */
export const LINKWHEEL_ERRORS_URL =
  'https://github.com/linkwheel/linkwheel/blob/main/packages/core/ERRORS.md'

/**
 * The base of every error linkwheel throws or rejects with. `code` is stable and typed in each
 * subclass, and the message ends with the link to that code's docs section. Development builds
 * also say what happened and what to do; production builds keep only the code and the link.
 *
 * @example
 * ```ts
 * try {
 *   await link.open()
 * } catch (error) {
 *   if (isLinkwheelError(error)) report(error.code)
 * }
 * ```
 */
export class LinkwheelError extends Error {
  /** A stable, machine-readable reason; subclasses narrow it to a union. */
  declare readonly code: string
  /** @internal */
  declare readonly [brand]: true

  /**
   * @param code - stable reason, e.g. `timeout`
   * @param message - what happened and what to do (empty in production builds)
   * @param options - `cause`: the underlying error, kept for debugging
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(`${message || `linkwheel: ${code}.`} See ${LINKWHEEL_ERRORS_URL}#${code}`, options)
    this.name = 'LinkwheelError'
    ;(this as { code: string }).code = code
    ;(this as { [brand]: true })[brand] = true
  }
}

/** Whether `value` is an error thrown by linkwheel (any subclass of {@link LinkwheelError}). */
export function isLinkwheelError(value: unknown): value is LinkwheelError {
  return (value as { [brand]?: unknown } | null | undefined)?.[brand] === true
}
