import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import type { DataJob } from '../data/dataTypes.js'
import { apiError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import { deterministicUuid } from '../internal/deterministic.js'
import { pageQuerySchema, paginate, type SortKey } from '../internal/paginate.js'
import type { AccountRecord, StoredObject, StoredRecord } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import { validateApi } from '../internal/validate.js'
import { findAccount } from './findAccount.js'

const isoDate = (field: string) => z.iso.date(`${field} must be a date as YYYY-MM-DD.`).optional()

const noData = (c: Context, account: AccountRecord, job: DataJob) =>
  apiError(
    c,
    404,
    'RECORD_NOT_FOUND',
    `NO_${job.toUpperCase()}_DATA`,
    `Account ${account.id} has no ${job} data yet: run the ${job} job in Link (a token with required_jobs including ${job}) first.`,
  )

const invalidCursor = (c: Context) =>
  apiError(
    c,
    400,
    'INVALID_REQUEST_PARAMETERS',
    'INVALID_CURSOR',
    'Invalid cursor: pass meta.next_cursor of the previous page unchanged.',
    [{ name: 'cursor', message: 'cursor must be a next_cursor value from a previous page.' }],
  )

function objectRoute<K extends 'identity' | 'employment' | 'income'>(ctx: MockApiContext, job: K) {
  return (c: Context) => {
    const found = findAccount(ctx, c)
    if ('response' in found) return found.response
    const { account } = found
    const stored = account[job] as StoredObject<object> | undefined
    const refreshedAt = account.refreshedAt[job]
    if (!stored || !refreshedAt) return noData(c, account, job)
    return c.json({
      data: {
        id: deterministicUuid(account.id, job),
        account_id: account.id,
        created_at: toTimestamp(stored.createdAt),
        updated_at: toTimestamp(stored.updatedAt),
        ...stored.fields,
      },
      meta: { refreshed_at: toTimestamp(refreshedAt) },
    })
  }
}

/** The fields of one record of a list job. */
type ListFields<J extends 'paystubs' | 'shifts'> = NonNullable<AccountRecord[J]>[number]['fields']

/**
 * `GET /:account_id/{job}` of an immutable record list: newest first, cursor-paged, filtered by
 * `from_{dateField}`/`to_{dateField}` (inclusive) on the record's `dateField`.
 */
function listRoute<J extends 'paystubs' | 'shifts', D extends keyof ListFields<J> & string>(
  app: Hono,
  ctx: MockApiContext,
  job: J,
  dateField: D,
): Hono {
  const from: `from_${string}` = `from_${dateField}`
  const to: `to_${string}` = `to_${dateField}`
  const dateRange: Record<typeof from | typeof to, ReturnType<typeof isoDate>> = {
    [from]: isoDate(from),
    [to]: isoDate(to),
  }
  return app.get(
    `/:account_id/${job}`,
    validateApi('query', pageQuerySchema.extend(dateRange)),
    (c) => {
      const found = findAccount(ctx, c)
      if ('response' in found) return found.response
      const { account } = found
      const refreshedAt = account.refreshedAt[job]
      if (!refreshedAt) return noData(c, account, job)
      const q = c.req.valid('query')
      const [first, last] = [q[from], q[to]]
      const records = (account[job] ?? []) as StoredRecord<ListFields<J>>[]
      const keyOf = (r: StoredRecord<ListFields<J>>) => r.fields[dateField] as string
      const inRange = records.filter((r) => {
        const key = keyOf(r)
        return (first === undefined || key >= first) && (last === undefined || key <= last)
      })
      const sortKey = (r: StoredRecord<ListFields<J>>): SortKey => [keyOf(r), r.fields.id]
      const result = paginate(inRange, sortKey, q.limit, q.cursor)
      if (!result) return invalidCursor(c)
      return c.json({
        meta: {
          count: result.page.length,
          next_cursor: result.nextCursor,
          refreshed_at: toTimestamp(refreshedAt),
        },
        data: result.page.map((r) => ({ ...r.fields, created_at: toTimestamp(r.createdAt) })),
      })
    },
  )
}

/**
 * `GET /v1/accounts/{id}/identity|employment|income` (single objects with `data.created_at`,
 * `data.updated_at`, `meta.refreshed_at`) and `/paystubs`, `/shifts` (immutable records, newest
 * first, cursor-paged, filtered by `from_pay_date`/`to_pay_date` or `from_start_date`/`to_start_date`).
 */
export function accountDataRoutes(ctx: MockApiContext): Hono {
  const app = new Hono()
    .get('/:account_id/identity', objectRoute(ctx, 'identity'))
    .get('/:account_id/employment', objectRoute(ctx, 'employment'))
    .get('/:account_id/income', objectRoute(ctx, 'income'))
  listRoute(app, ctx, 'paystubs', 'pay_date')
  return listRoute(app, ctx, 'shifts', 'start_date')
}
