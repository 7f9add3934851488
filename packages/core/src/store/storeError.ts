import { LinkwheelError } from '../errors/LinkwheelError'

/** The codes of the event store's programmer errors; each has a section in `ERRORS.md`. */
export type LinkEventStoreErrorCode = 'invalid_session_id' | 'invalid_store_option'

/**
 * A programmer error of the store, a {@link LinkwheelError} with a stable code: `message` says
 * what to do in development builds (pass `''` in production, behind a `process.env.NODE_ENV`
 * check at the call site, so bundlers drop the text); both end with the code's docs link.
 */
export function storeError(code: LinkEventStoreErrorCode, message: string): LinkwheelError {
  return new LinkwheelError(code, message)
}
