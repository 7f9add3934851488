import { describe, expect, it } from 'vitest'
import { createTestApi } from './createTestApi.js'

const DAY = 86_400_000
const jobs = ['identity', 'employment', 'income', 'paystubs', 'shifts']

async function connected() {
  const t = await createTestApi()
  await t.subscribeAll()
  const { accountId } = await t.connect({ tokenBody: { required_jobs: jobs } })
  const sent = (await t.settled()).length
  return { t, accountId, sent }
}

describe('POST /v1/sandbox/accounts/{id}/refresh', () => {
  it('moves refreshed_at but not updated_at, and sends nothing, when no data changed', async () => {
    const { t, accountId, sent } = await connected()
    const paystubsBefore = (await t.call('GET', `/v1/accounts/${accountId}/paystubs?limit=100`))
      .json.data
    t.advance(60_000)
    const res = await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`)
    expect(res.status).toBe(200)
    expect(res.json.data.jobs.paystubs).toEqual({
      changed: false,
      added: [],
      deleted: [],
      event_id: null,
    })
    expect(res.json.data.jobs.income).toEqual({ changed: false, event_id: null })
    const account = (await t.call('GET', `/v1/accounts/${accountId}`)).json.data
    for (const job of jobs) {
      expect(account.data_refreshed_at[job]).toBe('2025-03-14T15:01:00.000+00:00')
      expect(account.data_updated_at[job]).toBe('2025-03-14T15:00:00.000+00:00')
    }
    const income = (await t.call('GET', `/v1/accounts/${accountId}/income`)).json
    expect(income.meta.refreshed_at).toBe('2025-03-14T15:01:00.000+00:00')
    expect(income.data.updated_at).toBe('2025-03-14T15:00:00.000+00:00')
    expect((await t.call('GET', `/v1/accounts/${accountId}/paystubs?limit=100`)).json.data).toEqual(
      paystubsBefore,
    )
    expect(await t.settled()).toHaveLength(sent)
  })

  it('represents a revised paystub as one deletion plus one addition within the last 30 days', async () => {
    const { t, accountId, sent } = await connected()
    const before = (await t.call('GET', `/v1/accounts/${accountId}/paystubs?limit=100`)).json.data
    t.advance(60_000)
    const res = await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`, {
      revise: ['paystubs'],
    })
    const result = res.json.data.jobs.paystubs
    expect(result.changed).toBe(true)
    expect(result.added).toHaveLength(1)
    expect(result.deleted).toEqual([before[0].id])
    expect(before[0].pay_date >= '2025-02-12').toBe(true)
    const after = (await t.call('GET', `/v1/accounts/${accountId}/paystubs?limit=100`)).json.data
    const revised = after.find((p: { id: string }) => p.id === result.added[0])
    expect(revised).toMatchObject({
      pay_date: before[0].pay_date,
      total_reimbursements: 2500,
      created_at: '2025-03-14T15:01:00.000+00:00',
    })
    expect(revised.check_amount).toBe(before[0].check_amount + 2500)
    expect(after.map((p: { id: string }) => p.id)).not.toContain(before[0].id)
    // Every other record is untouched (immutable), created_at included.
    expect(after.filter((p: { id: string }) => p.id !== revised.id)).toEqual(before.slice(1))
    const hooks = (await t.settled()).slice(sent)
    expect(hooks.map((h) => h.body.event)).toEqual(['paystubs.added'])
    expect(hooks[0]?.body.payload).toMatchObject({
      added: result.added,
      deleted: result.deleted,
      link_token_id: null,
      outcome: 'success',
    })
    expect(hooks[0]?.body.event_id).toBe(result.event_id)
    const account = (await t.call('GET', `/v1/accounts/${accountId}`)).json.data
    expect(account.data_updated_at.paystubs).toBe('2025-03-14T15:01:00.000+00:00')
    expect(account.data_updated_at.shifts).toBe('2025-03-14T15:00:00.000+00:00')
  })

  it('keeps cursor paging free of repeats when a revision lands between two pages', async () => {
    const { t, accountId } = await connected()
    const path = `/v1/accounts/${accountId}/paystubs`
    const first = (await t.call('GET', `${path}?limit=3`)).json
    await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`, { revise: ['paystubs'] })
    const second = (await t.call('GET', `${path}?limit=3&cursor=${first.meta.next_cursor}`)).json
    const firstIds = first.data.map((p: { id: string }) => p.id)
    const all = (await t.call('GET', `${path}?limit=100`)).json.data.map(
      (p: { id: string }) => p.id,
    )
    expect(second.data.map((p: { id: string }) => p.id)).toEqual(all.slice(3, 6))
    for (const p of second.data) expect(firstIds).not.toContain(p.id)
  })

  it('revises a recent shift the same way', async () => {
    const { t, accountId } = await connected()
    const before = (await t.call('GET', `/v1/accounts/${accountId}/shifts?limit=1`)).json.data[0]
    const res = await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`, {
      revise: ['shifts'],
    })
    expect(res.json.data.jobs.shifts.deleted).toEqual([before.id])
    const after = (await t.call('GET', `/v1/accounts/${accountId}/shifts?limit=1`)).json.data[0]
    expect(after).toMatchObject({ start_date: before.start_date, hours: before.hours + 0.5 })
  })

  it('adds new paystubs and shifts, deleting nothing, as time passes', async () => {
    const { t, accountId, sent } = await connected()
    t.advance(35 * DAY)
    const res = await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`)
    expect(res.json.data.jobs.paystubs.added.length).toBeGreaterThan(0)
    expect(res.json.data.jobs.paystubs.deleted).toEqual([])
    expect(res.json.data.jobs.shifts.added.length).toBeGreaterThan(10)
    expect(res.json.data.jobs.income.changed).toBe(false)
    const events = (await t.settled()).slice(sent).map((h) => h.body.event)
    expect(events.sort()).toEqual(['paystubs.added', 'shifts.added'])
  })

  it('changes income fields and moves only income’s updated_at on an income revision', async () => {
    const { t, accountId } = await connected()
    const before = (await t.call('GET', `/v1/accounts/${accountId}/income`)).json.data
    t.advance(1000)
    await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`, {
      revise: ['income', 'employment'],
    })
    const after = (await t.call('GET', `/v1/accounts/${accountId}/income`)).json.data
    expect(after.compensation_amount).toBe(Math.round(before.compensation_amount * 1.03))
    expect(after.created_at).toBe(before.created_at)
    expect(after.updated_at).toBe('2025-03-14T15:00:01.000+00:00')
    const account = (await t.call('GET', `/v1/accounts/${accountId}`)).json.data
    expect(account.data_updated_at.identity).toBe('2025-03-14T15:00:00.000+00:00')
    expect(account.data_updated_at.employment).toBe('2025-03-14T15:00:01.000+00:00')
  })

  it('refuses to revise data the account does not have, or an unknown job', async () => {
    const t = await createTestApi()
    const { accountId } = await t.connect({ tokenBody: { required_jobs: ['income'] } })
    const missing = await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`, {
      revise: ['paystubs'],
    })
    expect(missing.status).toBe(400)
    expect(missing.json.error.fields[0]).toEqual({
      name: 'revise',
      message: expect.stringContaining('no paystubs data'),
    })
    const unknown = await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`, {
      revise: ['salary'],
    })
    expect(unknown.json.error.fields[0].name).toBe('revise.0')
    const income = (await t.call('GET', `/v1/accounts/${accountId}`)).json.data.data_updated_at
      .income
    expect(income).toBe('2025-03-14T15:00:00.000+00:00')
  })

  it('answers 409 for an account that is not monitored, and 404 for an unknown one', async () => {
    const { t, accountId } = await connected()
    await t.call('POST', `/v1/sandbox/accounts/${accountId}/monitoring_status`, {
      monitoring_status: 'degraded',
    })
    const res = await t.call('POST', `/v1/sandbox/accounts/${accountId}/refresh`)
    expect(res.status).toBe(409)
    expect(res.json.error.code).toBe('MONITORING_NOT_ACTIVE')
    expect((await t.call('POST', '/v1/sandbox/accounts/nope/refresh')).status).toBe(404)
  })
})

describe('POST /v1/sandbox/accounts/{id}/monitoring_status', () => {
  it('sets the status and sends account.monitoring_status.updated only on a change', async () => {
    const { t, accountId, sent } = await connected()
    const res = await t.call('POST', `/v1/sandbox/accounts/${accountId}/monitoring_status`, {
      monitoring_status: 'unavailable',
    })
    expect(res.json.data.monitoring_status).toBe('unavailable')
    expect(res.json.meta.event_id).toEqual(expect.any(String))
    const same = await t.call('POST', `/v1/sandbox/accounts/${accountId}/monitoring_status`, {
      monitoring_status: 'unavailable',
    })
    expect(same.json.meta.event_id).toBeNull()
    expect((await t.settled()).slice(sent).map((h) => h.body.event)).toEqual([
      'account.monitoring_status.updated',
    ])
    const bad = await t.call('POST', `/v1/sandbox/accounts/${accountId}/monitoring_status`, {
      monitoring_status: 'paused',
    })
    expect(bad.status).toBe(400)
  })
})
