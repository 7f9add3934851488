import { LinkSessionError } from '../errors/LinkSessionError'
import { decodeLinkToken } from './decodeLinkToken'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'
import { pageState } from './pageState'

/** A token ready to hand the script, with what its claims say. */
export interface CheckedLinkToken {
  value: string
  /** Its readable JWT claims (the store reads the session mode from them), or `null`. */
  claims: Record<string, unknown> | null
  /** Whether it came from `getLinkToken` (so a fresh one can be fetched). */
  fetched: boolean
}

const fetchAdvice =
  'Fetch a new token from your server (POST /v1/link_tokens) for each open; pass getLinkToken to have linkwheel fetch it when Link opens.'

/**
 * Gets the token for an open (calling `getLinkToken` now if given, else `linkToken`) and refuses
 * it, before the script is called, when it is missing, expired (`exp` claim or `expires`), or was
 * already used by this page.
 */
export async function resolveLinkToken(
  options: Pick<PinwheelLinkOptions, 'linkToken' | 'getLinkToken'>,
  now: number = Date.now(),
): Promise<CheckedLinkToken> {
  let value: unknown = options.linkToken
  let expires: unknown
  const fetched = typeof options.getLinkToken === 'function'
  if (options.getLinkToken) {
    let result: unknown
    try {
      result = await options.getLinkToken()
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause)
      throw new LinkSessionError(
        'token_fetch_failed',
        `getLinkToken() failed (${reason}). Check your token endpoint, then call open() again.`,
        { cause },
      )
    }
    if (typeof result === 'object' && result !== null) {
      value = (result as { token?: unknown }).token
      expires = (result as { expires?: unknown }).expires
    } else {
      value = result
    }
    if (typeof value !== 'string' || value === '') {
      throw new LinkSessionError(
        'token_fetch_failed',
        `getLinkToken() resolved to ${JSON.stringify(result) ?? String(result)}; it must resolve to the token string or to { token, expires } (the data of POST /v1/link_tokens).`,
      )
    }
  }
  if (typeof value !== 'string' || value === '') {
    throw new LinkSessionError(
      'missing_token',
      `No Link token to open Link with. Pass linkToken, or getLinkToken to fetch one when Link opens.`,
    )
  }

  const claims = decodeLinkToken(value)
  const exp = claims?.exp
  // Whichever comes first of the JWT's `exp` and the API's `expires` counts.
  const expiresAt = Math.min(
    typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY,
    typeof expires === 'string'
      ? Date.parse(expires) || Number.POSITIVE_INFINITY
      : Number.POSITIVE_INFINITY,
  )
  if (expiresAt <= now) {
    throw new LinkSessionError(
      'token_expired',
      `This Link token expired at ${new Date(expiresAt).toISOString()} (tokens last one hour). ${fetchAdvice}`,
    )
  }
  if (pageState().usedTokens.has(value)) {
    throw new LinkSessionError(
      'token_used',
      `This page already opened Link with this token, and Link tokens are single-use. ${fetchAdvice}`,
    )
  }
  return { value, claims, fetched }
}
