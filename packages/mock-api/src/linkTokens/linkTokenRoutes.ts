import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { apiError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import type { LinkTokenRecord } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import { validateApi } from '../internal/validate.js'
import { linkTokenRequestSchema } from './linkTokenRequestSchema.js'

const TOKEN_LIFETIME_MS = 60 * 60 * 1000

/** `POST /v1/link_tokens`: validates the request and issues a single-use, one-hour Link token. */
export function linkTokenRoutes(ctx: MockApiContext): Hono {
  return new Hono().post('/', validateApi('json', linkTokenRequestSchema), async (c) => {
    const body = c.req.valid('json')
    const account = body.account_id ? ctx.state.accounts.get(body.account_id) : undefined
    if (body.account_id && !account) {
      return apiError(
        c,
        404,
        'RECORD_NOT_FOUND',
        'account_not_found',
        `No account ${body.account_id}: use an account_id from an account.added webhook (or GET /v1/accounts) of this API instance, or leave account_id out to connect a new account.`,
      )
    }
    const id = randomUUID()
    const issuedAt = ctx.clock()
    const expiresAt = new Date(issuedAt.getTime() + TOKEN_LIFETIME_MS)
    const claims = {
      link_token_id: id,
      mode: 'sandbox' as const,
      org_name: body.org_name,
      jobs: body.required_jobs,
      end_user_id: body.end_user_id ?? account?.endUserId ?? null,
      account_id: account?.id ?? null,
      employer_id: account?.employerId ?? body.employer_id ?? null,
      platform_id: account?.platformId ?? body.platform_id ?? null,
      language: body.language ?? 'en',
      skip_intro_screen: body.skip_intro_screen ?? false,
    }
    const token = await ctx.signer.sign(claims, issuedAt, expiresAt)
    const record: LinkTokenRecord = {
      claims: {
        ...claims,
        iat: Math.floor(issuedAt.getTime() / 1000),
        exp: Math.floor(expiresAt.getTime() / 1000),
      },
      used: false,
      allocation:
        body.account_type && body.routing_number && body.account_number
          ? {
              account_type: body.account_type,
              routing_number: body.routing_number,
              account_number: body.account_number,
            }
          : null,
      disablePartialSwitch: body.disable_partial_switch ?? false,
    }
    ctx.state.linkTokens.set(id, record)
    return c.json({ data: { mode: 'sandbox', id, token, expires: toTimestamp(expiresAt) } })
  })
}
