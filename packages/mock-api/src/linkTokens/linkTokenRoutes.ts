import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import { apiError } from '../internal/apiError.js'
import type { MockApiContext, MockEnv } from '../internal/context.js'
import { readJsonBody } from '../internal/readJsonBody.js'
import type { LinkTokenRecord } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import { validationError } from '../internal/validate.js'
import { parseLinkTokenBody } from './parseLinkTokenBody.js'

/** How long a Link token can be redeemed. */
export const LINK_TOKEN_LIFETIME_MS = 60 * 60 * 1000

/**
 * `POST /v1/link_tokens`: validates the body with the schema of the request's `Pinwheel-Version`
 * and issues a single-use, one-hour Link token.
 */
export function linkTokenRoutes(ctx: MockApiContext): Hono<MockEnv> {
  return new Hono<MockEnv>().post('/', async (c) => {
    const read = await readJsonBody(c)
    if ('response' in read) return read.response
    const parsed = parseLinkTokenBody(c.get('pinwheelVersion'), read.body)
    if (!parsed.ok) return validationError(c, parsed.issues, true)
    const body = parsed.request
    const account = body.accountId ? ctx.state.accounts.get(body.accountId) : undefined
    if (body.accountId && !account) {
      return apiError(
        c,
        404,
        'RECORD_NOT_FOUND',
        'ACCOUNT_NOT_FOUND',
        `No account ${body.accountId}: use an account_id from an account.added webhook (or GET /v1/accounts) of this API instance, or leave account_id out to connect a new account.`,
      )
    }
    const id = randomUUID()
    const issuedAt = ctx.clock()
    const expiresAt = new Date(issuedAt.getTime() + LINK_TOKEN_LIFETIME_MS)
    const claims = {
      link_token_id: id,
      mode: 'sandbox' as const,
      org_name: body.orgName,
      jobs: body.jobs,
      end_user_id: body.endUserId ?? account?.endUserId ?? null,
      account_id: account?.id ?? null,
      employer_id: account?.employerId ?? body.employerId,
      platform_id: account?.platformId ?? body.platformId,
      language: body.language,
      skip_intro_screen: body.skipIntroScreen,
    }
    const token = await ctx.signer.sign(claims, issuedAt, expiresAt)
    const record: LinkTokenRecord = {
      claims: {
        ...claims,
        iat: Math.floor(issuedAt.getTime() / 1000),
        exp: Math.floor(expiresAt.getTime() / 1000),
      },
      used: false,
      expiresAt,
      targets: body.targets,
      fixedAmount: body.fixedAmount,
      disableSplitting: body.disableSplitting,
      tags: body.tags,
    }
    ctx.state.linkTokens.set(id, record)
    return c.json({ data: { mode: 'sandbox', id, token, expires: toTimestamp(expiresAt) } })
  })
}
