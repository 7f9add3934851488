import { describe, expect, it } from 'vitest'
import { createTestApi } from '../createTestApi.js'

describe('On Demand Update sessions', () => {
  it('describe the account, log in without credentials and send job webhooks even when nothing changed', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const { accountId } = await t.connect()
    const token = await t.createToken({
      account_id: accountId,
      end_user_id: undefined,
      required_jobs: ['income'],
    })
    const session = (await t.redeem(token.token)).json.data
    expect(session.account).toEqual({
      id: accountId,
      platform_id: 'plat_paycrest',
      employer_id: 'emp_acme_logistics',
      requires_mfa: false,
    })
    const login = await t.call('POST', `/internal/link/sessions/${session.session_id}/login`, {
      platform_id: 'plat_paycrest',
    })
    expect(login.json.data).toEqual({
      status: 'logged_in',
      account_id: accountId,
      platform_id: 'plat_paycrest',
    })
    const before = (await t.settled()).length
    t.advance(60_000)
    await t.runJob(session.session_id, 'income')
    const hooks = (await t.settled()).slice(before)
    expect(hooks.map((h) => h.body.event)).toEqual(['income.added'])
    expect(hooks[0]?.body.payload).toMatchObject({ link_token_id: token.id, outcome: 'success' })
    const account = (await t.call('GET', `/v1/accounts/${accountId}`)).json.data
    expect(account.data_refreshed_at.income).toBe('2025-03-14T15:01:00.000+00:00')
    expect(account.data_updated_at.income).toBe('2025-03-14T15:00:00.000+00:00')
    expect((await t.call('GET', '/v1/accounts')).json.data).toHaveLength(1)
  })

  it('ask for MFA again when the account was made by user_mfa', async () => {
    const t = await createTestApi()
    const { accountId } = await t.connect({ username: 'user_mfa', runJobs: false })
    const token = await t.createToken({ account_id: accountId, required_jobs: ['income'] })
    const session = (await t.redeem(token.token)).json.data
    expect(session.account.requires_mfa).toBe(true)
    const path = `/internal/link/sessions/${session.session_id}/login`
    expect((await t.call('POST', path, { platform_id: 'plat_paycrest' })).json.data.status).toBe(
      'mfa_required',
    )
    const done = await t.call('POST', path, { platform_id: 'plat_paycrest', mfa_code: 'mfa_code' })
    expect(done.json.data.status).toBe('logged_in')
  })

  it('re-activate monitoring and send account.monitoring_status.updated', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const { accountId } = await t.connect({ runJobs: false })
    await t.call('POST', `/v1/sandbox/accounts/${accountId}/monitoring_status`, {
      monitoring_status: 'user_action_required',
    })
    const before = (await t.settled()).length
    const token = await t.createToken({ account_id: accountId, required_jobs: ['income'] })
    const id = (await t.redeem(token.token)).json.data.session_id
    await t.call('POST', `/internal/link/sessions/${id}/login`, { platform_id: 'plat_paycrest' })
    const hooks = (await t.settled()).slice(before)
    expect(hooks.map((h) => h.body.event)).toEqual(['account.monitoring_status.updated'])
    expect(hooks[0]?.body.payload).toMatchObject({
      account_id: accountId,
      monitoring_status: 'active',
      previous_monitoring_status: 'user_action_required',
    })
    expect((await t.call('GET', `/v1/accounts/${accountId}`)).json.data.monitoring_status).toBe(
      'active',
    )
  })
})
