import { Hono } from 'hono'
import { z } from 'zod'
import { findAccount } from '../accounts/findAccount.js'
import { serializeAccount } from '../accounts/serializeAccount.js'
import { setMonitoringStatus } from '../accounts/setMonitoringStatus.js'
import { apiError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import { monitoringStatuses } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import { validateApi } from '../internal/validate.js'
import { refreshAccount, revisableJobs } from './refreshAccount.js'

const refreshSchema = z.object({
  revise: z
    .array(
      z.enum(revisableJobs, {
        error: () => `Each revise value must be one of: ${revisableJobs.join(', ')}.`,
      }),
      'revise must be a list of jobs.',
    )
    .default([]),
})

const statusSchema = z.object({
  monitoring_status: z.enum(monitoringStatuses, {
    error: () => `monitoring_status must be one of: ${monitoringStatuses.join(', ')}.`,
  }),
})

/**
 * Sandbox-only endpoints (not in Pinwheel's API): `POST /v1/sandbox/accounts/{id}/refresh` runs one
 * Monitoring refresh now; `POST /v1/sandbox/accounts/{id}/monitoring_status` sets the status so
 * an On Demand Update can re-activate it.
 */
export function sandboxRoutes(ctx: MockApiContext): Hono {
  return new Hono()
    .post('/accounts/:account_id/refresh', validateApi('json', refreshSchema), (c) => {
      const found = findAccount(ctx, c)
      if ('response' in found) return found.response
      const { account } = found
      if (account.monitoringStatus !== 'active') {
        return apiError(
          c,
          409,
          'INVALID_REQUEST_PARAMETERS',
          'MONITORING_NOT_ACTIVE',
          `Account ${account.id} is not monitored (monitoring_status ${account.monitoringStatus}): run an On Demand Update through Link, or set it with POST /v1/sandbox/accounts/${account.id}/monitoring_status.`,
        )
      }
      const result = refreshAccount(ctx, account, c.req.valid('json').revise)
      if (!result.ok) {
        return apiError(
          c,
          400,
          'INVALID_REQUEST_PARAMETERS',
          'INVALID_REVISE',
          'Cannot revise: see error.fields.',
          result.fields,
        )
      }
      return c.json({
        data: { account_id: account.id, refreshed_at: toTimestamp(ctx.clock()), jobs: result.jobs },
      })
    })
    .post('/accounts/:account_id/monitoring_status', validateApi('json', statusSchema), (c) => {
      const found = findAccount(ctx, c)
      if ('response' in found) return found.response
      const eventId = setMonitoringStatus(ctx, found.account, c.req.valid('json').monitoring_status)
      return c.json({ data: serializeAccount(found.account), meta: { event_id: eventId } })
    })
}
