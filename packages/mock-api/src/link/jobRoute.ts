import type { LinkJobResponse, PinwheelError } from '@linkwheel/sandbox-link'
import { Hono } from 'hono'
import { z } from 'zod'
import { dataJobs } from '../data/dataTypes.js'
import { syncAccountData } from '../data/syncAccountData.js'
import { linkError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord, DepositSwitch, LinkTokenRecord } from '../internal/state.js'
import { validateLink } from '../internal/validate.js'
import { dataJobDetails } from '../webhooks/dataJobDetails.js'
import { emitJobWebhook } from '../webhooks/emitJobWebhook.js'
import { switchParams } from '../webhooks/switchParams.js'
import { type LinkTokenJob, linkTokenJobs } from '../webhooks/webhookEvents.js'
import { findOpenSession } from './findOpenSession.js'
import { type JobAllocation, jobAllocationSchema } from './jobAllocationSchema.js'

const jobSchema = z.object({
  job: z.enum(linkTokenJobs),
  allocation: jobAllocationSchema.optional(),
})

const jobFailures = new Map<AccountRecord['sandboxUser'], PinwheelError>([
  [
    'user_error',
    {
      type: 'platformError',
      code: 'systemError',
      message: 'The payroll platform returned an error (sandbox user_error): the job failed.',
      pendingRetry: false,
    },
  ],
  [
    'user_pending',
    {
      type: 'systemError',
      code: 'systemError',
      message:
        'The payroll platform is slow to answer (sandbox user_pending): Pinwheel keeps retrying.',
      pendingRetry: true,
    },
  ],
])

/** A failed job: `error` now, or (`pendingRetry`) `pending` now and `error` after the delay. */
function reportFailure(
  ctx: MockApiContext,
  account: AccountRecord,
  job: LinkTokenJob,
  linkTokenId: string,
  failure: PinwheelError,
): void {
  const error = { outcome: 'error' as const, error_code: failure.code, error_type: failure.type }
  if (!failure.pendingRetry) {
    emitJobWebhook(ctx, account, job, linkTokenId, error)
    return
  }
  emitJobWebhook(ctx, account, job, linkTokenId, { outcome: 'pending' })
  ctx.later(ctx.pendingJobDelayMs, () => emitJobWebhook(ctx, account, job, linkTokenId, error))
}

function runSwitch(
  ctx: MockApiContext,
  account: AccountRecord,
  token: LinkTokenRecord,
  allocation: JobAllocation,
): void {
  const target = token.targets[0]
  if (!target) throw new Error('a direct_deposit_switch token always has a target account')
  const done: DepositSwitch =
    token.fixedAmount === null
      ? {
          target,
          action: allocation.action,
          allocation: allocation.action === 'partial_switch' ? allocation.allocation : null,
        }
      : {
          target,
          action: 'partial_switch',
          allocation: { type: 'amount', value: token.fixedAmount },
        }
  account.depositSwitches.push(done)
  const linkTokenId = token.claims.link_token_id
  emitJobWebhook(ctx, account, 'direct_deposit_switch', linkTokenId, (version) => {
    const params = switchParams(done, version)
    return { outcome: 'success', ...(params ? { params } : {}) }
  })
  // A switch changes the allocations Pinwheel monitors on the account.
  if (account.refreshedAt.direct_deposit_allocations === undefined) return
  if (syncAccountData(account, 'direct_deposit_allocations', ctx.clock()).changed) {
    emitJobWebhook(ctx, account, 'direct_deposit_allocations', linkTokenId, { outcome: 'success' })
  }
}

const isDataJob = (job: LinkTokenJob): job is (typeof dataJobs)[number] =>
  (dataJobs as readonly string[]).includes(job)

/** Why a switch request does not fit the token, or `null`. */
function switchRefusal(token: LinkTokenRecord, allocation: JobAllocation): [string, string] | null {
  if (allocation.action !== 'partial_switch') return null
  const fixed = token.fixedAmount
  const chosen = allocation.allocation
  // A fixed amount is a partial switch the user cannot change: it wins over the splitting flag.
  if (fixed !== null) {
    return chosen.type === 'amount' && chosen.value === fixed
      ? null
      : ['allocationFixed', `This Link token fixes the amount at ${fixed} dollars per paycheck.`]
  }
  if (token.disableSplitting) {
    return [
      'partialSwitchDisabled',
      'This Link token has disable_direct_deposit_splitting: only a full switch is allowed.',
    ]
  }
  return null
}

/**
 * `POST /internal/link/sessions/:session_id/jobs`: runs a job the token requested on the logged-in
 * account, stores its data and sends `<job>.added` (even when nothing changed, like an On Demand
 * Update does).
 */
export function jobRoute(ctx: MockApiContext): Hono {
  return new Hono().post('/:session_id/jobs', validateLink(jobSchema), (c) => {
    const found = findOpenSession(ctx, c)
    if ('response' in found) return found.response
    const { session } = found
    const { job, allocation = { action: 'full_switch' } } = c.req.valid('json')
    const account = session.accountId ? ctx.state.accounts.get(session.accountId) : undefined
    if (!session.loggedIn || !account) {
      return linkError(
        c,
        409,
        'clientError',
        'notLoggedIn',
        'Log in (POST …/login) before running jobs.',
      )
    }
    const { token } = session
    if (!token.claims.jobs.includes(job)) {
      return linkError(
        c,
        400,
        'clientError',
        'jobNotRequested',
        `The Link token did not request ${job}; it requested ${token.claims.jobs.join(', ')}.`,
      )
    }
    const refusal = job === 'direct_deposit_switch' ? switchRefusal(token, allocation) : null
    if (refusal) return linkError(c, 400, 'clientError', refusal[0], refusal[1])
    const linkTokenId = token.claims.link_token_id
    const failure = jobFailures.get(account.sandboxUser)
    if (failure) {
      reportFailure(ctx, account, job, linkTokenId, failure)
      return c.json({ data: { job, outcome: 'error', error: failure } } satisfies LinkJobResponse)
    }
    if (job === 'direct_deposit_switch') {
      runSwitch(ctx, account, token, allocation)
    } else if (isDataJob(job)) {
      const result = syncAccountData(account, job, ctx.clock())
      emitJobWebhook(ctx, account, job, linkTokenId, dataJobDetails(account, job, result))
    } else {
      emitJobWebhook(ctx, account, job, linkTokenId, { outcome: 'success' })
    }
    return c.json({ data: { job, outcome: 'success' } } satisfies LinkJobResponse)
  })
}
