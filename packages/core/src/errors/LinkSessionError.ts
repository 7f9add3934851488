import { isLinkwheelError, LinkwheelError } from './LinkwheelError'

/**
 * Why `open()` was refused or could not finish (each has a section in `ERRORS.md`):
 * - `already_open`: this Link, or another on the page, is open (only one at a time);
 * - `missing_token`: neither `linkToken` nor `getLinkToken` gave a token;
 * - `token_fetch_failed`: `getLinkToken()` threw or returned no usable token;
 * - `token_expired`: the token's `exp` claim or `expires` time has passed (development builds
 *   only; in production Link itself reports `invalidLinkToken`);
 * - `token_used`: this page already opened Link with this token (development builds only);
 * - `open_failed`: there is no browser, or `window.Pinwheel.open()` threw or rejected;
 * - `cancelled`: `close()` was called (or the component unmounted) before Link opened.
 */
export type LinkSessionErrorCode =
  | 'already_open'
  | 'missing_token'
  | 'token_fetch_failed'
  | 'token_expired'
  | 'token_used'
  | 'open_failed'
  | 'cancelled'

/** A Link session could not be opened, or was refused before the script was called. */
export class LinkSessionError extends LinkwheelError {
  declare readonly code: LinkSessionErrorCode

  /**
   * @param code - see {@link LinkSessionErrorCode}
   * @param message - what happened and what to do (empty in production builds)
   * @param options - `cause`: the underlying error
   */
  constructor(code: LinkSessionErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options)
    this.name = 'LinkSessionError'
  }
}

/** Whether `value` is a {@link LinkSessionError} (works across copies of the library). */
export function isLinkSessionError(value: unknown): value is LinkSessionError {
  return isLinkwheelError(value) && value.name === 'LinkSessionError'
}
