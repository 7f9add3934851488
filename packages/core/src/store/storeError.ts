import { LINKWHEEL_ERRORS_URL } from '../errors/LinkwheelError'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/** The codes of the store's programmer errors; each has a section in `ERRORS.md`. */
export type LinkEventStoreErrorCode = 'invalid_session_id' | 'invalid_store_option'

/**
 * A programmer error of the store: `message` says what to do in development builds (pass `''` in
 * production, behind a `process.env.NODE_ENV` check at the call site so bundlers drop the text);
 * both end with the link to the code's docs section.
 */
export function storeError(
  Kind: TypeErrorConstructor | RangeErrorConstructor,
  code: LinkEventStoreErrorCode,
  message: string,
): Error {
  return new Kind(`${message || `linkwheel: ${code}.`} See ${LINKWHEEL_ERRORS_URL}#${code}`)
}
