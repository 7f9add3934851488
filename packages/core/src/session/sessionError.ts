import { devMessages } from '../errors/devMessages'
import { LinkSessionError, type LinkSessionErrorCode } from '../errors/LinkSessionError'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/**
 * Makes the {@link LinkSessionError} of `code`; in development its message is the one under
 * `key`, filled with `detail` (production builds keep only the code and the docs link). @internal
 */
export function sessionError(
  code: LinkSessionErrorCode,
  key: string = code,
  detail: unknown = '',
  cause?: unknown,
): LinkSessionError {
  return new LinkSessionError(
    code,
    process.env.NODE_ENV !== 'production'
      ? (devMessages?.[key]?.(
          typeof detail === 'string'
            ? detail
            : detail instanceof Error
              ? detail.message
              : (JSON.stringify(detail) ?? String(detail)),
        ) ?? '')
      : '',
    { cause },
  )
}
