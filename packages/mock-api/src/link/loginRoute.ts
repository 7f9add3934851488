import { randomUUID } from 'node:crypto'
import type { LinkLoginResponse } from '@linkwheel/sandbox-link'
import { sandboxEmployers, sandboxPlatforms } from '@linkwheel/sandbox-link'
import { Hono } from 'hono'
import { z } from 'zod'
import { setMonitoringStatus } from '../accounts/setMonitoringStatus.js'
import { linkError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord, LinkSessionRecord, SandboxUserName } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import { validateLink } from '../internal/validate.js'
import type { AccountAddedPayload } from '../webhooks/webhookEvents.js'
import { findOpenSession } from './findOpenSession.js'
import { isSandboxUser, sandboxMfaCode, sandboxPassword } from './sandboxUsers.js'

const loginSchema = z.object({
  platform_id: z.string().min(1, 'platform_id is required'),
  employer_id: z.string().min(1).optional(),
  username: z.string().optional(),
  password: z.string().optional(),
  mfa_code: z.string().optional(),
})

function createAccount(
  ctx: MockApiContext,
  session: LinkSessionRecord,
  user: SandboxUserName,
  platformId: string,
  employerId: string | null,
): AccountRecord {
  const account: AccountRecord = {
    id: randomUUID(),
    createdAt: ctx.clock(),
    linkTokenId: session.token.claims.link_token_id,
    endUserId: session.token.claims.end_user_id,
    platformId,
    employerId,
    connected: true,
    monitoringStatus: 'active',
    sandboxUser: user,
    tags: session.token.tags,
    revisions: { identity: 0, employment: 0, income: 0, paystubs: {}, shifts: {} },
    depositSwitches: [],
    refreshedAt: {},
    updatedAt: {},
  }
  ctx.state.accounts.set(account.id, account)
  const payload: AccountAddedPayload = {
    account_id: account.id,
    end_user_id: account.endUserId,
    link_token_id: account.linkTokenId,
    platform_id: platformId,
    platform_name: sandboxPlatforms.find((p) => p.id === platformId)?.name ?? platformId,
    platform_type: 'payroll',
    created_at: toTimestamp(account.createdAt),
    connected: true,
    monitoring_status: 'active',
  }
  ctx.webhooks.emit('account.added', payload)
  return account
}

/**
 * `POST /internal/link/sessions/:session_id/login`: the sandbox credentials of notes/contract.md.
 * A connect session's first success creates the account (`account.added`); an On Demand Update
 * session logs straight in (MFA again for `user_mfa` accounts) and re-activates monitoring.
 */
export function loginRoute(ctx: MockApiContext): Hono {
  return new Hono().post('/:session_id/login', validateLink(loginSchema), (c) => {
    const found = findOpenSession(ctx, c)
    if ('response' in found) return found.response
    const { session } = found
    const body = c.req.valid('json')
    const fail = (status: 400 | 403, type: string, code: string, message: string) =>
      linkError(c, status, type, code, message)
    const loggedIn = (account: AccountRecord) => {
      session.loggedIn = true
      session.accountId = account.id
      session.pendingMfaUser = null
      const answer: LinkLoginResponse = {
        data: { status: 'logged_in', account_id: account.id, platform_id: account.platformId },
      }
      return c.json(answer)
    }
    const mfaRequired = () =>
      c.json({ data: { status: 'mfa_required' } } satisfies LinkLoginResponse)
    const wrongCode = () =>
      fail(
        403,
        'userActionRequired',
        'challengeAnswerIncorrect',
        `That code is not right: the sandbox MFA code is ${sandboxMfaCode}.`,
      )

    const existing = session.accountId ? ctx.state.accounts.get(session.accountId) : undefined
    if (session.loggedIn && existing) return loggedIn(existing)
    if (!sandboxPlatforms.some((p) => p.id === body.platform_id)) {
      return fail(
        400,
        'clientError',
        'unknownPlatform',
        `Unknown platform_id ${body.platform_id}: use one of sandboxPlatforms.`,
      )
    }
    if (existing) {
      if (body.platform_id !== existing.platformId) {
        return fail(
          400,
          'clientError',
          'incorrectPlatform',
          `This On Demand Update is for an account on ${existing.platformId}.`,
        )
      }
      if (existing.sandboxUser === 'user_mfa') {
        if (body.mfa_code === undefined) return mfaRequired()
        if (body.mfa_code !== sandboxMfaCode) return wrongCode()
      }
      const status = existing.monitoringStatus
      if (status === 'degraded' || status === 'user_action_required')
        setMonitoringStatus(ctx, existing, 'active')
      return loggedIn(existing)
    }
    const employer = body.employer_id ?? session.token.claims.employer_id
    const employerRecord = sandboxEmployers.find((e) => e.id === employer)
    if (employer && employerRecord?.platformId !== body.platform_id) {
      return fail(
        400,
        'clientError',
        'incorrectPlatform',
        `Employer ${employer} is not on platform ${body.platform_id}.`,
      )
    }
    // The MFA step may send only the code: the password was checked on the first call.
    const pending = body.username === undefined ? session.pendingMfaUser : null
    const username = body.username ?? pending ?? ''
    if (username === 'user_locked') {
      return fail(
        403,
        'userActionRequired',
        'accountLocked',
        'This payroll account is locked: the user must unlock it with their payroll provider.',
      )
    }
    if (!isSandboxUser(username) || (!pending && body.password !== sandboxPassword)) {
      return fail(
        400,
        'invalidUserInput',
        'invalidCredentials',
        `Incorrect username or password: in the sandbox use user_good / ${sandboxPassword}.`,
      )
    }
    if (username === 'user_mfa') {
      if (body.mfa_code === undefined) {
        session.pendingMfaUser = username
        return mfaRequired()
      }
      if (body.mfa_code !== sandboxMfaCode) return wrongCode()
    }
    return loggedIn(createAccount(ctx, session, username, body.platform_id, employer ?? null))
  })
}
