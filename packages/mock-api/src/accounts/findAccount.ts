import type { Context } from 'hono'
import { apiError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord } from '../internal/state.js'

/** The account named by `:account_id`, or the 404 to send instead. */
export function findAccount(
  ctx: MockApiContext,
  c: Context,
): { account: AccountRecord } | { response: Response } {
  const id = c.req.param('account_id') ?? ''
  const account = ctx.state.accounts.get(id)
  if (account) return { account }
  return {
    response: apiError(
      c,
      404,
      'RECORD_NOT_FOUND',
      'ACCOUNT_NOT_FOUND',
      `No account ${id}: list accounts with GET /v1/accounts, or connect one through Link first.`,
    ),
  }
}
