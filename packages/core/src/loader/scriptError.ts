import { devMessages } from '../errors/devMessages'
import { LinkScriptError, type LinkScriptErrorCode } from '../errors/LinkScriptError'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/** Makes the {@link LinkScriptError} of `code` for `url`. @internal */
export function scriptError(
  code: LinkScriptErrorCode,
  url: string,
  cause?: unknown,
): LinkScriptError {
  return new LinkScriptError(
    code,
    url,
    process.env.NODE_ENV !== 'production' ? (devMessages?.[code]?.(url) ?? '') : '',
    { cause },
  )
}
