import { devMessages } from '../errors/devMessages'
import { LinkSessionError, type LinkSessionErrorCode } from '../errors/LinkSessionError'

/**
 * Makes the {@link LinkSessionError} of `code`; its development message is the one under `key`,
 * filled with `detail`. @internal
 */
export function sessionError(
  code: LinkSessionErrorCode,
  key: string = code,
  detail: unknown = '',
  cause?: unknown,
): LinkSessionError {
  const text = detail instanceof Error ? detail.message : String(detail)
  return new LinkSessionError(code, devMessages?.[key]?.(text) ?? '', { cause })
}
