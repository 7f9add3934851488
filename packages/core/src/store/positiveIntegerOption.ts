import { storeError } from './storeError'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/**
 * The value of a count option of `createLinkEventStore` (`maxEvents`, `maxSessions`), or
 * `fallback` when it is not given.
 *
 * @throws LinkwheelError `invalid_store_option` when the value is given but is not a positive
 *   safe integer.
 */
export function positiveIntegerOption(
  name: string,
  value: number | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < 1) {
    throw storeError(
      'invalid_store_option',
      process.env.NODE_ENV !== 'production'
        ? `createLinkEventStore: ${name} must be a positive integer (got ${value}). Leave it out for the default.`
        : '',
    )
  }
  return value
}
