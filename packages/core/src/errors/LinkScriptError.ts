import { isLinkwheelError, LinkwheelError } from './LinkwheelError'

/**
 * Why the Link script could not be used:
 * - `network`: the script failed to load (offline, 404, 500, DNS);
 * - `timeout`: it did not load within `timeoutMs`;
 * - `blocked`: a Content Security Policy blocked it (told apart from `network` in development
 *   builds only; production reports a CSP block as `network`);
 * - `missing_global`: it loaded, but `window.Pinwheel` is missing or has no `open`/`close`.
 */
export type LinkScriptErrorCode = 'network' | 'timeout' | 'blocked' | 'missing_global'

/**
 * The Link script could not be loaded or used. Every load failure clears the loader's memo,
 * so calling `loadPinwheel()` (or the controller's `retry()`) again tries afresh.
 */
export class LinkScriptError extends LinkwheelError {
  declare readonly code: LinkScriptErrorCode
  /** The script URL that failed. */
  declare readonly url: string

  /**
   * @param code - see {@link LinkScriptErrorCode}
   * @param url - the script URL that failed
   * @param message - what happened and what to do (empty in production builds)
   * @param options - `cause`: the underlying event or error
   */
  constructor(
    code: LinkScriptErrorCode,
    url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options)
    this.name = 'LinkScriptError'
    ;(this as { url: string }).url = url
  }
}

/** Whether `value` is a {@link LinkScriptError} (works across copies of the library). */
export function isLinkScriptError(value: unknown): value is LinkScriptError {
  return isLinkwheelError(value) && value.name === 'LinkScriptError'
}
