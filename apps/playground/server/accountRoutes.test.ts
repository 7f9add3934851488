import { describe, expect, it } from 'vitest'
import { createTestPlayground } from '../test/createTestPlayground'
import { openTestDatabaseBeforeAll } from '../test/openTestDatabaseBeforeAll'

openTestDatabaseBeforeAll()

describe('account data and the daily refresh', () => {
  it('proxies identity and reports what a refresh with a revised paystub changed', async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = await t.linkToken(['identity', 'paystubs'])
    const link = await t.runLink(token)
    const accountId = link.login?.json.data.account_id as string

    const identity = await t.call('GET', `/api/accounts/${accountId}/identity`)
    expect(identity.status).toBe(200)
    expect(identity.json.data.full_name).toEqual(expect.any(String))
    const paystubs = await t.call('GET', `/api/accounts/${accountId}/paystubs?limit=2`)
    expect(paystubs.json.data).toHaveLength(2)

    const quiet = await t.call('POST', `/api/accounts/${accountId}/refresh`, { revise: [] })
    expect(quiet.status).toBe(200)
    expect(quiet.json.data.updatedJobs).toEqual([])
    expect(quiet.json.data.jobs.map((job: { job: string }) => job.job)).toEqual([
      'identity',
      'paystubs',
    ])

    const revised = await t.call('POST', `/api/accounts/${accountId}/refresh`, {
      revise: ['paystubs'],
    })
    expect(revised.json.data.updatedJobs).toEqual(['paystubs'])
    expect(revised.json.data.result.data.jobs.paystubs).toMatchObject({ changed: true })
  })

  it('refuses an unknown data kind and a malformed account id', async () => {
    const t = await createTestPlayground()
    expect((await t.call('GET', '/api/accounts/abc/secrets')).status).toBe(404)
    expect((await t.call('GET', '/api/accounts/a%20b/identity')).status).toBe(400)
  })
})

describe('lists are paged', () => {
  it('pages 120 connected accounts 50 at a time, newest first, each once', async () => {
    const t = await createTestPlayground()
    for (let i = 0; i < 120; i++) {
      const response = await t.deliverWebhook({
        event: 'account.added',
        event_id: `evt-${i}`,
        payload: { account_id: `acct-${String(i).padStart(3, '0')}`, end_user_id: 'u' },
      })
      expect(response.status).toBe(200)
    }
    const seen: string[] = []
    let path = '/api/accounts'
    let pages = 0
    for (;;) {
      const page = await t.call('GET', path)
      expect(page.status).toBe(200)
      expect(page.json.data.length).toBeLessThanOrEqual(50)
      seen.push(...page.json.data.map((account: { accountId: string }) => account.accountId))
      pages++
      if (!page.json.meta.next_cursor) break
      path = `/api/accounts?cursor=${page.json.meta.next_cursor}`
    }
    expect(pages).toBe(3)
    expect(seen).toHaveLength(120)
    expect(new Set(seen).size).toBe(120)
    expect(seen[0]).toBe('acct-119')
    const webhooks = await t.call('GET', '/api/webhooks?limit=100')
    expect(webhooks.json.data).toHaveLength(100)
    expect(webhooks.json.meta.next_cursor).toBe('100')
    expect((await t.call('GET', '/api/accounts?limit=1000')).status).toBe(400)
    expect((await t.call('GET', '/api/accounts?cursor=abc')).status).toBe(400)
  })
})

describe('shifts', () => {
  it("are asked for with Pinwheel's date parameters (from_start_date / to_start_date)", async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = await t.linkToken(['shifts'])
    const accountId = (await t.runLink(token)).login?.json.data.account_id as string
    const all = await t.call('GET', `/api/accounts/${accountId}/shifts?limit=100`)
    expect(all.status).toBe(200)
    expect(all.json.data.length).toBeGreaterThan(1)
    const dates = all.json.data.map((shift: { start_date: string }) => shift.start_date).sort()
    const newest = dates.at(-1) as string
    const onlyNewest = await t.call(
      'GET',
      `/api/accounts/${accountId}/shifts?limit=100&from_start_date=${newest.slice(0, 10)}`,
    )
    expect(onlyNewest.status).toBe(200)
    expect(onlyNewest.json.data.length).toBeGreaterThan(0)
    expect(onlyNewest.json.data.length).toBeLessThan(all.json.data.length)
  })
})
