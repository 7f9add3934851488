import { randomUUID } from 'node:crypto'
import type { CreateLinkSessionResponse, InvalidLinkTokenCode } from '@linkwheel/sandbox-link'
import { Hono } from 'hono'
import { z } from 'zod'
import { linkError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import { validateLink } from '../internal/validate.js'

const messages: Record<InvalidLinkTokenCode, string> = {
  invalidLinkTokenSignature:
    'This Link token was not issued by this mock API (or was altered): create a new one with POST /v1/link_tokens.',
  expiredLinkToken: 'This Link token has expired (tokens live one hour): create a new one.',
  usedLinkToken:
    'This Link token was already used (tokens are single-use): create a new one for each Link session.',
  invalidLinkTokenEnvironment:
    'This Link token is for another Pinwheel environment: the sandbox Link only accepts tokens from the mock API.',
}

/** `POST /internal/link/sessions`: redeems a Link token (single-use) into a Link session. */
export function redeemLinkTokenRoute(ctx: MockApiContext): Hono {
  return new Hono().post(
    '/',
    validateLink(z.object({ link_token: z.string().min(1, 'link_token is required') })),
    async (c) => {
      const refuse = (code: InvalidLinkTokenCode) =>
        linkError(c, 401, 'invalidLinkToken', code, messages[code])
      const verified = await ctx.signer.verify(c.req.valid('json').link_token, ctx.clock())
      if (!verified.ok) return refuse(verified.code)
      const token = ctx.state.linkTokens.get(verified.claims.link_token_id)
      // Signed with this instance's key but no longer stored: evicted, which happens on expiry only.
      if (!token) return refuse('expiredLinkToken')
      if (token.used) return refuse('usedLinkToken')
      // The stored record decides, not only the JWT's own exp claim.
      if (ctx.clock().getTime() >= token.expiresAt.getTime()) return refuse('expiredLinkToken')
      token.used = true
      const account = token.claims.account_id
        ? ctx.state.accounts.get(token.claims.account_id)
        : undefined
      const session = {
        id: randomUUID(),
        token,
        accountId: account?.id ?? null,
        loggedIn: false,
        pendingMfaUser: null,
        exitReason: null,
        openedAt: ctx.clock(),
        closedAt: null,
      }
      ctx.state.sessions.set(session.id, session)
      const { claims } = token
      const allocation = token.targets[0]
      const body: CreateLinkSessionResponse = {
        data: {
          session_id: session.id,
          link_token_id: claims.link_token_id,
          mode: claims.mode,
          org_name: claims.org_name,
          language: claims.language,
          skip_intro_screen: claims.skip_intro_screen,
          jobs: claims.jobs,
          end_user_id: claims.end_user_id,
          employer_id: claims.employer_id,
          platform_id: claims.platform_id,
          account: account
            ? {
                id: account.id,
                platform_id: account.platformId,
                employer_id: account.employerId,
                requires_mfa: account.sandboxUser === 'user_mfa',
              }
            : null,
          allocation: allocation
            ? {
                account_type: allocation.account_type,
                routing_number_last4: allocation.routing_number.slice(-4),
                account_number_last4: allocation.account_number.slice(-4),
              }
            : null,
          disable_partial_switch: token.disableSplitting,
        },
      }
      return c.json(body)
    },
  )
}
