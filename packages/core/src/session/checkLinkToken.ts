import { decodeLinkToken } from './decodeLinkToken'
import { pageState } from './pageState'
import { sessionError } from './sessionError'

/**
 * Development builds only: refuses a token whose `exp` claim (or the API's `expires`) has passed,
 * or that this page already handed the script (tokens are single-use), so the cause shows at
 * once instead of as Link's `invalidLinkToken` screen. Production builds drop this check.
 */
export function checkLinkToken(token: string, expires: unknown, now: number = Date.now()): void {
  const exp = decodeLinkToken(token)?.exp
  const at = Math.min(
    typeof exp === 'number' ? exp * 1000 : Number.POSITIVE_INFINITY,
    typeof expires === 'string'
      ? Date.parse(expires) || Number.POSITIVE_INFINITY
      : Number.POSITIVE_INFINITY,
  )
  if (at <= now) throw sessionError('token_expired', undefined, new Date(at).toISOString())
  if (pageState().usedTokens.has(token)) throw sessionError('token_used')
}
