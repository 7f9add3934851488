import { devMessages } from '../errors/devMessages'
import { LinkScriptError, type LinkScriptErrorCode } from '../errors/LinkScriptError'

/** Makes the {@link LinkScriptError} of `code` for `url`. @internal */
export function scriptError(
  code: LinkScriptErrorCode,
  url: string,
  cause?: unknown,
): LinkScriptError {
  return new LinkScriptError(code, url, devMessages?.[code]?.(url) ?? '', { cause })
}
