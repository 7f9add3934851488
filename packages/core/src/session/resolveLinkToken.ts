import { checkLinkToken } from './checkLinkToken'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'
import { sessionError } from './sessionError'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/**
 * Gets the token for an open: calls `getLinkToken` if given, else reads `linkToken`. Development
 * builds also refuse an expired or already used token before the script is called
 * ({@link checkLinkToken}); production leaves that to Link (`invalidLinkToken`).
 */
export async function resolveLinkToken(
  options: Pick<PinwheelLinkOptions, 'linkToken' | 'getLinkToken'>,
): Promise<string> {
  let value: unknown = options.linkToken
  let expires: unknown
  if (options.getLinkToken) {
    try {
      value = await options.getLinkToken()
    } catch (cause) {
      throw sessionError('token_fetch_failed', undefined, cause, cause)
    }
    if (typeof value === 'object' && value)
      ({ token: value, expires } = value as { token: unknown; expires?: unknown })
    if (typeof value !== 'string' || !value)
      throw sessionError('token_fetch_failed', undefined, value)
  }
  if (typeof value !== 'string' || !value) throw sessionError('missing_token')
  if (process.env.NODE_ENV !== 'production') checkLinkToken(value, expires)
  return value
}
