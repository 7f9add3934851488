import { describe, expect, it } from 'vitest'
import { createTestPlayground, testSecret } from '../test/createTestPlayground'
import { openTestDatabaseBeforeAll } from '../test/openTestDatabaseBeforeAll'

openTestDatabaseBeforeAll()

describe('POST /api/reconcile', () => {
  it('fills in the accounts and job results whose webhooks never arrived, once', async () => {
    const t = await createTestPlayground()
    // Every delivery fails until the mock gives up: an outage past Pinwheel's retry window.
    t.setInboxDown(true)
    const token = await t.linkToken(['identity', 'paystubs'])
    const accountId = (await t.runLink(token)).login?.json.data.account_id as string
    expect((await t.call('GET', '/api/accounts')).json.data).toEqual([])

    const first = await t.call('POST', '/api/reconcile', {})
    expect(first.status).toBe(200)
    expect(first.json.data).toMatchObject({
      accountsSeen: 1,
      accountsAdded: [accountId],
      jobsAdded: expect.arrayContaining([
        { accountId, name: 'identity' },
        { accountId, name: 'paystubs' },
      ]),
    })
    const [account] = (await t.call('GET', '/api/accounts')).json.data
    expect(account).toMatchObject({ accountId, endUserId: 'end_user_demo', source: 'reconcile' })
    expect(account.jobs.map((job: { name: string }) => job.name).sort()).toEqual([
      'identity',
      'paystubs',
    ])

    const again = await t.call('POST', '/api/reconcile', {})
    expect(again.json.data).toMatchObject({ accountsSeen: 1, accountsAdded: [], jobsAdded: [] })
  })

  it('keeps what webhooks said and adds nothing they already reported', async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = await t.linkToken(['identity'])
    await t.runLink(token)
    const result = await t.call('POST', '/api/reconcile', {})
    expect(result.json.data).toMatchObject({ accountsSeen: 1, accountsAdded: [], jobsAdded: [] })
    const [account] = (await t.call('GET', '/api/accounts')).json.data
    expect(account).toMatchObject({ source: 'webhook' })
    expect(account.jobs).toEqual([expect.objectContaining({ name: 'identity', source: 'webhook' })])
  })

  it('takes a monitoring status change whose webhook never arrived', async () => {
    const t = await createTestPlayground()
    const token = await t.linkToken(['identity'])
    const accountId = (await t.runLink(token)).login?.json.data.account_id as string
    t.setInboxDown(true)
    const changed = await t.mock.fetch(
      new Request(`http://mock.test/v1/sandbox/accounts/${accountId}/monitoring_status`, {
        method: 'POST',
        body: JSON.stringify({ monitoring_status: 'user_action_required' }),
        headers: { 'content-type': 'application/json', 'x-api-secret': testSecret },
      }),
    )
    expect(changed.status).toBeLessThan(300)
    await t.mock.whenWebhooksIdle()
    expect((await t.call('GET', '/api/accounts')).json.data[0].monitoringStatus).toBe('active')
    await t.call('POST', '/api/reconcile', {})
    expect((await t.call('GET', '/api/accounts')).json.data[0]).toMatchObject({
      accountId,
      monitoringStatus: 'user_action_required',
      source: 'webhook',
    })
  })

  it('answers a clear 502 when the API is down', async () => {
    const t = await createTestPlayground({ mockDown: true })
    const result = await t.call('POST', '/api/reconcile', {})
    expect(result.status).toBe(502)
    expect(result.json.error.code).toBe('mock_api_unreachable')
  })
})
