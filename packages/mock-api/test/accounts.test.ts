import { describe, expect, it } from 'vitest'
import { createTestApi } from './createTestApi.js'

describe('GET /v1/accounts', () => {
  it('pages accounts newest first with limit and next_cursor, filtered by end_user_id', async () => {
    const t = await createTestApi()
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await t.connect({ runJobs: false, tokenBody: { end_user_id: i < 3 ? 'alice' : 'bob' } }))
          .accountId,
      )
      t.advance(1000)
    }
    const first = await t.call('GET', '/v1/accounts?limit=2')
    expect(first.json.meta).toEqual({ count: 2, next_cursor: expect.any(String) })
    const second = await t.call('GET', `/v1/accounts?limit=2&cursor=${first.json.meta.next_cursor}`)
    const third = await t.call('GET', `/v1/accounts?limit=2&cursor=${second.json.meta.next_cursor}`)
    expect(third.json.meta.next_cursor).toBeNull()
    const paged = [...first.json.data, ...second.json.data, ...third.json.data].map((a) => a.id)
    expect(paged).toEqual([...ids].reverse())
    const alice = await t.call('GET', '/v1/accounts?end_user_id=alice')
    expect(alice.json.data.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 3).reverse())
  })

  it('rejects limit above 100, below 1, non-numeric, and a forged cursor', async () => {
    const t = await createTestApi()
    for (const query of ['limit=101', 'limit=0', 'limit=ten']) {
      const res = await t.call('GET', `/v1/accounts?${query}`)
      expect(res.status).toBe(400)
      expect(res.json.error.fields[0].name).toBe('limit')
    }
    const res = await t.call('GET', '/v1/accounts?cursor=bm9wZQ')
    expect(res.status).toBe(400)
    expect(res.json.error.fields).toEqual([{ name: 'cursor', message: expect.any(String) }])
  })
})

describe('GET /v1/accounts/{id}', () => {
  it('answers the account with per-job data_refreshed_at and data_updated_at', async () => {
    const t = await createTestApi()
    const { accountId, token } = await t.connect({
      tokenBody: { required_jobs: ['income', 'paystubs'] },
    })
    const res = await t.call('GET', `/v1/accounts/${accountId}`)
    const at = '2025-03-14T15:00:00.000+00:00'
    // Income and paystubs ran at connect; the token asked for no other job.
    const jobTimes = {
      direct_deposit_allocations: null,
      employment: null,
      identity: null,
      income: at,
      paystubs: at,
      shifts: null,
    }
    expect(res.json.data).toEqual({
      id: accountId,
      created_at: at,
      end_user_id: 'user-123',
      link_token_id: token.id,
      platform_id: 'plat_paycrest',
      employer_id: 'emp_acme_logistics',
      connected: true,
      monitoring_status: 'active',
      data_refreshed_at: jobTimes,
      data_updated_at: jobTimes,
      tags: {},
      customer_id: null,
      reseller_customer_id: null,
    })
  })

  it('answers an unknown account with 404 RECORD_NOT_FOUND', async () => {
    const t = await createTestApi()
    const res = await t.call('GET', '/v1/accounts/449e7a5c-69d3-4b8a-aaaf-5c9b713ebc65')
    expect(res.status).toBe(404)
    expect(res.json.error).toMatchObject({ type: 'RECORD_NOT_FOUND', status_code: 404 })
  })
})

describe('account data endpoints', () => {
  it('answer identity, employment and income with data.created_at, data.updated_at and meta.refreshed_at', async () => {
    const t = await createTestApi()
    const { accountId } = await t.connect()
    const at = '2025-03-14T15:00:00.000+00:00'
    const identity = (await t.call('GET', `/v1/accounts/${accountId}/identity`)).json
    expect(identity.meta).toEqual({ refreshed_at: at })
    expect(identity.data).toMatchObject({ account_id: accountId, created_at: at, updated_at: at })
    expect(identity.data.full_name).toMatch(/^\w+ \w+$/)
    expect(identity.data.date_of_birth).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(identity.data.last_four_ssn).toMatch(/^\d{4}$/)
    expect(identity.data.emails[0]).toMatch(/@example\.com$/)
    expect(identity.data.address).toMatchObject({ country: 'US', city: expect.any(String) })
    expect(identity.data.phone_numbers[0].value).toMatch(/^\+1555\d{7}$/)
    const employment = (await t.call('GET', `/v1/accounts/${accountId}/employment`)).json.data
    expect(employment).toMatchObject({
      status: 'employed',
      employer_name: 'Acme Logistics',
      termination_date: null,
    })
    const income = (await t.call('GET', `/v1/accounts/${accountId}/income`)).json.data
    expect(income).toMatchObject({
      currency: 'USD',
      compensation_unit: expect.stringMatching(/^(hourly|annually)$/),
    })
    expect(Number.isInteger(income.compensation_amount)).toBe(true)
  })

  it('answer 404 for a job that has not run yet, and for an unknown account', async () => {
    const t = await createTestApi()
    const { accountId } = await t.connect({ tokenBody: { required_jobs: ['income'] } })
    for (const path of ['identity', 'employment', 'paystubs', 'shifts']) {
      const res = await t.call('GET', `/v1/accounts/${accountId}/${path}`)
      expect(res.status).toBe(404)
      expect(res.json.error.code).toBe(`NO_${path.toUpperCase()}_DATA`)
    }
    expect((await t.call('GET', '/v1/accounts/nope/income')).status).toBe(404)
  })

  it('page paystubs newest first without gaps or repeats, with list created_at and meta.refreshed_at', async () => {
    const t = await createTestApi()
    const { accountId } = await t.connect({ tokenBody: { required_jobs: ['paystubs'] } })
    const all = (await t.call('GET', `/v1/accounts/${accountId}/paystubs?limit=100`)).json
    expect(all.data.length).toBeGreaterThanOrEqual(12)
    expect(all.meta.refreshed_at).toBe('2025-03-14T15:00:00.000+00:00')
    const dates = all.data.map((p: { pay_date: string }) => p.pay_date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates[0] <= '2025-03-14').toBe(true)
    const stub = all.data[0]
    expect(stub.created_at).toBe('2025-03-14T15:00:00.000+00:00')
    expect(stub.updated_at).toBeUndefined()
    expect(stub.net_pay_amount).toBe(
      stub.gross_pay_amount - stub.total_taxes - stub.total_deductions,
    )
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { json: { data: { id: string }[]; meta: { next_cursor: string | null } } } =
        await t.call(
          'GET',
          `/v1/accounts/${accountId}/paystubs?limit=5${cursor ? `&cursor=${cursor}` : ''}`,
        )
      expect(page.json.data.length).toBeLessThanOrEqual(5)
      seen.push(...page.json.data.map((p) => p.id))
      cursor = page.json.meta.next_cursor
    } while (cursor)
    expect(seen).toEqual(all.data.map((p: { id: string }) => p.id))
  })

  it('filter paystubs by pay date and shifts by start date, and reject malformed dates', async () => {
    const t = await createTestApi()
    const { accountId } = await t.connect({ tokenBody: { required_jobs: ['paystubs', 'shifts'] } })
    const stubs = (
      await t.call(
        'GET',
        `/v1/accounts/${accountId}/paystubs?from_pay_date=2025-01-01&to_pay_date=2025-01-31`,
      )
    ).json.data
    expect(stubs.length).toBeGreaterThan(0)
    for (const s of stubs)
      expect(s.pay_date >= '2025-01-01' && s.pay_date <= '2025-01-31').toBe(true)
    const shifts = (
      await t.call('GET', `/v1/accounts/${accountId}/shifts?from_start_date=2025-03-01&limit=100`)
    ).json.data
    expect(shifts.length).toBeGreaterThan(0)
    for (const s of shifts)
      expect(s.start_date >= '2025-03-01' && s.start_date < '2025-03-14').toBe(true)
    const bad = await t.call('GET', `/v1/accounts/${accountId}/paystubs?from_pay_date=01/01/2025`)
    expect(bad.status).toBe(400)
    expect(bad.json.error.fields[0].name).toBe('from_pay_date')
    const badLimit = await t.call('GET', `/v1/accounts/${accountId}/shifts?limit=500`)
    expect(badLimit.status).toBe(400)
  })
})

describe('unknown routes', () => {
  it('answer 404 in Pinwheel’s error shape', async () => {
    const t = await createTestApi()
    const res = await t.call('GET', '/v1/nothing')
    expect(res.status).toBe(404)
    expect(res.json.error.code).toBe('ROUTE_NOT_FOUND')
  })
})
