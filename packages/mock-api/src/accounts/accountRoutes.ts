import { Hono } from 'hono'
import { z } from 'zod'
import { apiError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import { pageQuerySchema, paginate } from '../internal/paginate.js'
import { toTimestamp } from '../internal/time.js'
import { validateApi } from '../internal/validate.js'
import { findAccount } from './findAccount.js'
import { serializeAccount } from './serializeAccount.js'

/** `GET /v1/accounts` (paged, optional `end_user_id` filter) and `GET /v1/accounts/{id}`. */
export function accountRoutes(ctx: MockApiContext): Hono {
  return new Hono()
    .get(
      '/',
      validateApi('query', pageQuerySchema.extend({ end_user_id: z.string().min(1).optional() })),
      (c) => {
        const query = c.req.valid('query')
        const accounts = [...ctx.state.accounts.values()].filter(
          (a) => query.end_user_id === undefined || a.endUserId === query.end_user_id,
        )
        const result = paginate(
          accounts,
          (a) => [toTimestamp(a.createdAt), a.id],
          query.limit,
          query.cursor,
        )
        if (!result) {
          return apiError(
            c,
            400,
            'INVALID_REQUEST_PARAMETERS',
            'INVALID_CURSOR',
            'Invalid cursor: pass meta.next_cursor of the previous page unchanged.',
            [
              {
                name: 'cursor',
                message: 'cursor must be a next_cursor value from a previous page.',
              },
            ],
          )
        }
        return c.json({
          meta: { count: result.page.length, next_cursor: result.nextCursor },
          data: result.page.map(serializeAccount),
        })
      },
    )
    .get('/:account_id', (c) => {
      const found = findAccount(ctx, c)
      if ('response' in found) return found.response
      return c.json({ data: serializeAccount(found.account) })
    })
}
