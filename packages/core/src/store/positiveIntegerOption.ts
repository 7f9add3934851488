/**
 * The value of a count option of `createLinkEventStore` (`maxEvents`, `maxSessions`), or
 * `fallback` when it is not given.
 *
 * @throws RangeError when the value is given but is not a positive safe integer.
 */
export function positiveIntegerOption(
  name: string,
  value: number | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`createLinkEventStore: ${name} must be a positive integer (got ${value}).`)
  }
  return value
}
