import type { Hono } from 'hono'
import type { AccountStore } from './createAccountStore'
import type { PinwheelClient } from './createPinwheelClient'
import { PinwheelUnavailableError } from './createPinwheelClient'
import type { RefreshLog } from './createRefreshLog'
import { readPageQuery } from './http/readPageQuery'
import { playgroundError } from './PlaygroundApiError'
import { readJsonBody } from './readJsonBody'
import { replyWith, unavailableBody } from './replyWith'
import { summarizeRefresh } from './summarizeRefresh'

/** The account data the page can read, each a `GET /v1/accounts/{id}/{resource}`. */
export const accountResources = ['identity', 'income', 'employment', 'paystubs', 'shifts'] as const

/** Options of {@link accountRoutes}. */
export interface AccountRoutesOptions {
  /** Talks to Pinwheel with the secret. */
  client: PinwheelClient
  /** The connected accounts (from webhooks and reconciles). */
  accounts: AccountStore
  /** Where refresh results are kept. */
  refreshes: RefreshLog
  /** For tests. @default () => new Date() */
  now?: () => Date
}

const accountIdPattern = /^[A-Za-z0-9_-]{1,100}$/
const invalidAccountId = playgroundError(
  400,
  'INVALID_REQUEST_PARAMETERS',
  'invalid_account_id',
  'That is not an account id: pick an account from the accounts list.',
)

/** Query parameters passed on to Pinwheel's data lists (paystubs by pay date, shifts by start date). */
const dataListParams = [
  'limit',
  'cursor',
  'from_pay_date',
  'to_pay_date',
  'from_start_date',
  'to_start_date',
]

/**
 * `GET /accounts?end_user_id=&limit=&cursor=` (connected accounts, newest first, paged), proxies of
 * `GET /v1/accounts/{id}` and its data, and `POST /accounts/{id}/refresh` with an optional
 * `{ revise: ['paystubs', …] }` (runs the mock's sandbox daily refresh,
 * `POST /v1/sandbox/accounts/{id}/refresh`, then stores and answers what changed) and `GET /accounts/{id}/refreshes` (stored results, paged).
 */
export function accountRoutes(app: Hono, options: AccountRoutesOptions): void {
  const { client, accounts, refreshes } = options
  const now = options.now ?? (() => new Date())

  app.get('/accounts', async (c) => {
    const page = readPageQuery(c)
    if (!page.ok) return c.json(page.body, 400)
    const endUserId = c.req.query('end_user_id')
    const result = await accounts.list({ ...page.query, endUserId: endUserId || undefined })
    return c.json({
      data: result.data,
      meta: { count: result.data.length, next_cursor: result.nextCursor },
    })
  })

  app.get('/accounts/:id/refreshes', async (c) => {
    const id = c.req.param('id')
    if (!accountIdPattern.test(id)) return c.json(invalidAccountId, 400)
    const page = readPageQuery(c)
    if (!page.ok) return c.json(page.body, 400)
    const result = await refreshes.list(id, page.query)
    return c.json({
      data: result.data,
      meta: { count: result.data.length, next_cursor: result.nextCursor },
    })
  })

  app.get('/accounts/:id', (c) => {
    const id = c.req.param('id')
    if (!accountIdPattern.test(id)) return c.json(invalidAccountId, 400)
    return replyWith(c, client, 'GET', `/v1/accounts/${id}`)
  })

  app.get('/accounts/:id/:resource', (c) => {
    if (!accountIdPattern.test(c.req.param('id'))) return c.json(invalidAccountId, 400)
    const resource = c.req.param('resource')
    if (!(accountResources as readonly string[]).includes(resource)) {
      return c.json(
        playgroundError(
          404,
          'RECORD_NOT_FOUND',
          'unknown_resource',
          `Account data is one of: ${accountResources.join(', ')}.`,
        ),
        404,
      )
    }
    const query = new URL(c.req.url).searchParams
    const allowed = new URLSearchParams()
    for (const key of dataListParams) {
      const value = query.get(key)
      if (value) allowed.set(key, value)
    }
    const suffix = allowed.size > 0 ? `?${allowed}` : ''
    return replyWith(c, client, 'GET', `/v1/accounts/${c.req.param('id')}/${resource}${suffix}`)
  })

  app.post('/accounts/:id/refresh', async (c) => {
    const id = c.req.param('id')
    if (!accountIdPattern.test(id)) return c.json(invalidAccountId, 400)
    const input = (await readJsonBody(c)) as { revise?: unknown } | null
    const revise = Array.isArray(input?.revise)
      ? input.revise.filter((job) => typeof job === 'string')
      : []
    try {
      const before = await client.request('GET', `/v1/accounts/${id}`)
      if (before.status !== 200) return c.json(before.body as object, before.status as 404)
      const refresh = await client.request('POST', `/v1/sandbox/accounts/${id}/refresh`, { revise })
      if (refresh.status >= 300) return c.json(refresh.body as object, refresh.status as 400)
      const after = await client.request('GET', `/v1/accounts/${id}`)
      if (after.status !== 200) return c.json(after.body as object, after.status as 404)
      const summary = summarizeRefresh(before.body, after.body, refresh.body)
      const stored = await refreshes.add(id, summary, now())
      return c.json({ data: summary, meta: { refresh_id: stored.id } })
    } catch (error) {
      if (error instanceof PinwheelUnavailableError) return c.json(unavailableBody(error), 502)
      throw error
    }
  })
}
