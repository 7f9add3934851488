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
    `no_${job}_data`,
    `Account ${account.id} has no ${job} data yet: run the ${job} job in Link (a token with required_jobs including ${job}) first.`,
  )

const invalidCursor = (c: Context) =>
  apiError(
    c,
    400,
    'INVALID_REQUEST_PARAMETERS',
    'invalid_cursor',
    'Invalid cursor: pass meta.next_cursor of the previous page unchanged.',
    [{ field: 'cursor', message: 'cursor must be a next_cursor value from a previous page.' }],
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

function listResponse<T extends { id: string }>(
  c: Context,
  account: AccountRecord,
  job: 'paystubs' | 'shifts',
  records: StoredRecord<T>[],
  keyOf: (fields: T) => string,
  range: {
    from?: string | undefined
    to?: string | undefined
    limit: number
    cursor?: string | undefined
  },
) {
  const refreshedAt = account.refreshedAt[job]
  if (!refreshedAt) return noData(c, account, job)
  const inRange = records.filter((r) => {
    const key = keyOf(r.fields)
    return (
      (range.from === undefined || key >= range.from) && (range.to === undefined || key <= range.to)
    )
  })
  const sortKey = (r: StoredRecord<T>): SortKey => [keyOf(r.fields), r.fields.id]
  const result = paginate(inRange, sortKey, range.limit, range.cursor)
  if (!result) return invalidCursor(c)
  return c.json({
    meta: {
      count: result.page.length,
      next_cursor: result.nextCursor,
      refreshed_at: toTimestamp(refreshedAt),
    },
    data: result.page.map((r) => ({ ...r.fields, created_at: toTimestamp(r.createdAt) })),
  })
}

/**
 * `GET /v1/accounts/{id}/identity|employment|income` (single objects with `data.created_at`,
 * `data.updated_at`, `meta.refreshed_at`) and `/paystubs`, `/shifts` (immutable records, newest
 * first, cursor-paged, filtered by `from_pay_date`/`to_pay_date` or `from_start_date`/`to_start_date`).
 */
export function accountDataRoutes(ctx: MockApiContext): Hono {
  return new Hono()
    .get('/:account_id/identity', objectRoute(ctx, 'identity'))
    .get('/:account_id/employment', objectRoute(ctx, 'employment'))
    .get('/:account_id/income', objectRoute(ctx, 'income'))
    .get(
      '/:account_id/paystubs',
      validateApi(
        'query',
        pageQuerySchema.extend({
          from_pay_date: isoDate('from_pay_date'),
          to_pay_date: isoDate('to_pay_date'),
        }),
      ),
      (c) => {
        const found = findAccount(ctx, c)
        if ('response' in found) return found.response
        const q = c.req.valid('query')
        return listResponse(
          c,
          found.account,
          'paystubs',
          found.account.paystubs ?? [],
          (p) => p.pay_date,
          {
            from: q.from_pay_date,
            to: q.to_pay_date,
            limit: q.limit,
            cursor: q.cursor,
          },
        )
      },
    )
    .get(
      '/:account_id/shifts',
      validateApi(
        'query',
        pageQuerySchema.extend({
          from_start_date: isoDate('from_start_date'),
          to_start_date: isoDate('to_start_date'),
        }),
      ),
      (c) => {
        const found = findAccount(ctx, c)
        if ('response' in found) return found.response
        const q = c.req.valid('query')
        return listResponse(
          c,
          found.account,
          'shifts',
          found.account.shifts ?? [],
          (s) => s.start_date,
          {
            from: q.from_start_date,
            to: q.to_start_date,
            limit: q.limit,
            cursor: q.cursor,
          },
        )
      },
    )
}
