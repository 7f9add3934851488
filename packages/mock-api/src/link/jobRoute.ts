import type { LinkJobResponse, PinwheelError } from '@linkwheel/sandbox-link'
import { Hono } from 'hono'
import { z } from 'zod'
import { dataJobs } from '../data/dataTypes.js'
import { syncAccountData } from '../data/syncAccountData.js'
import { linkError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord, LinkTokenRecord } from '../internal/state.js'
import { validateLink } from '../internal/validate.js'
import { emitJobWebhook } from '../webhooks/emitJobWebhook.js'
import { type LinkTokenJob, linkTokenJobs } from '../webhooks/webhookEvents.js'
import { findOpenSession } from './findOpenSession.js'

const allocationSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('full_switch') }),
  z.object({
    action: z.literal('partial_switch'),
    allocation: z.union([
      z.object({ type: z.enum(['percentage', 'amount']), value: z.number().positive() }),
      z.object({ type: z.literal('remainder') }),
    ]),
  }),
])

const jobSchema = z.object({ job: z.enum(linkTokenJobs), allocation: allocationSchema.optional() })

const jobFailures: Partial<Record<AccountRecord['sandboxUser'], PinwheelError>> = {
  user_error: {
    type: 'platformError',
    code: 'systemError',
    message: 'The payroll platform returned an error (sandbox user_error): the job failed.',
    pendingRetry: false,
  },
  user_pending: {
    type: 'systemError',
    code: 'systemError',
    message:
      'The payroll platform is slow to answer (sandbox user_pending): Pinwheel keeps retrying.',
    pendingRetry: true,
  },
}

function runSwitch(
  ctx: MockApiContext,
  account: AccountRecord,
  token: LinkTokenRecord,
  allocation: z.infer<typeof allocationSchema>,
): void {
  const target = token.allocation
  if (!target) throw new Error('a direct_deposit_switch token always has an allocation')
  account.depositSwitches.push({
    target,
    action: allocation.action,
    allocation: allocation.action === 'partial_switch' ? allocation.allocation : null,
  })
  const linkTokenId = token.claims.link_token_id
  emitJobWebhook(ctx, account, 'direct_deposit_switch', linkTokenId, {
    outcome: 'success',
    params: {
      action: allocation.action,
      ...(allocation.action === 'partial_switch' ? { allocation: allocation.allocation } : {}),
      account_type: target.account_type,
      routing_number_last4: target.routing_number.slice(-4),
      account_number_last4: target.account_number.slice(-4),
    },
  })
  // A switch changes the allocations Pinwheel monitors on the account.
  if (account.refreshedAt.direct_deposit_allocations === undefined) return
  if (syncAccountData(account, 'direct_deposit_allocations', ctx.clock()).changed) {
    emitJobWebhook(ctx, account, 'direct_deposit_allocations', linkTokenId, { outcome: 'success' })
  }
}

const isDataJob = (job: LinkTokenJob): job is (typeof dataJobs)[number] =>
  (dataJobs as readonly string[]).includes(job)

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
    if (
      job === 'direct_deposit_switch' &&
      allocation.action === 'partial_switch' &&
      token.disablePartialSwitch
    ) {
      return linkError(
        c,
        400,
        'clientError',
        'partialSwitchDisabled',
        'This Link token has disable_partial_switch: only a full switch is allowed.',
      )
    }
    const linkTokenId = token.claims.link_token_id
    const failure = jobFailures[account.sandboxUser]
    if (failure) {
      const { pendingRetry, ...rest } = failure
      emitJobWebhook(ctx, account, job, linkTokenId, {
        outcome: 'error',
        error: { ...rest, pending_retry: pendingRetry },
      })
      return c.json({ data: { job, outcome: 'error', error: failure } } satisfies LinkJobResponse)
    }
    if (job === 'direct_deposit_switch') {
      runSwitch(ctx, account, token, allocation)
    } else if (isDataJob(job)) {
      const result = syncAccountData(account, job, ctx.clock())
      const lists =
        job === 'paystubs' || job === 'shifts'
          ? { added: result.added, deleted: result.deleted }
          : {}
      emitJobWebhook(ctx, account, job, linkTokenId, { outcome: 'success', ...lists })
    } else {
      emitJobWebhook(ctx, account, job, linkTokenId, { outcome: 'success' })
    }
    return c.json({ data: { job, outcome: 'success' } } satisfies LinkJobResponse)
  })
}
