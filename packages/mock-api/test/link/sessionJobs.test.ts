import { describe, expect, it } from 'vitest'
import { createTestApi, depositAccount } from '../createTestApi.js'

describe('POST /internal/link/sessions/:id/jobs', () => {
  it('runs a requested job, stores its data and sends <job>.added with sync_status and count', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const { accountId, sessionId, token } = await t.connect({ runJobs: false })
    for (const job of ['paystubs', 'shifts']) {
      const res = await t.runJob(sessionId, job)
      expect(res.json).toEqual({ data: { job, outcome: 'success' } })
    }
    const hooks = await t.settled()
    for (const job of ['paystubs', 'shifts']) {
      const hook = hooks.find((h) => h.body.event === `${job}.added`)
      const stored = await t.call('GET', `/v1/accounts/${accountId}/${job}?limit=100`)
      expect(stored.json.data.length).toBeGreaterThan(0)
      expect(hook?.body.payload).toMatchObject({
        account_id: accountId,
        end_user_id: 'user-123',
        link_token_id: token.id,
        name: job,
        outcome: 'success',
        deleted: [],
        params: { count: stored.json.data.length, sync_status: 'complete' },
      })
      expect([...((hook?.body.payload.added as string[] | undefined) ?? [])].sort()).toEqual(
        stored.json.data.map((p: { id: string }) => p.id).sort(),
      )
    }
  })

  it('refuses a job before login and a job the token did not request', async () => {
    const t = await createTestApi()
    const token = await t.createToken({ required_jobs: ['income'] })
    const id = (await t.redeem(token.token)).json.data.session_id
    const early = await t.runJob(id, 'income')
    expect(early.status).toBe(409)
    expect(early.json.error.code).toBe('notLoggedIn')
    await t.call('POST', `/internal/link/sessions/${id}/login`, {
      platform_id: 'plat_paycrest',
      username: 'user_good',
      password: 'pass_good',
    })
    const other = await t.runJob(id, 'paystubs')
    expect(other.json.error.code).toBe('jobNotRequested')
    const bogus = await t.runJob(id, 'payroll')
    expect(bogus.json.error.code).toBe('invalidRequest')
  })

  it('fails every job of user_error (error now) and of user_pending (pending now, error after the delay)', async () => {
    const t = await createTestApi({ pendingJobDelayMs: 30 })
    await t.subscribeAll()
    for (const [username, pendingRetry] of [
      ['user_error', false],
      ['user_pending', true],
    ] as const) {
      const { sessionId } = await t.connect({ username, runJobs: false })
      const res = await t.runJob(sessionId, 'income')
      expect(res.json.data).toMatchObject({
        job: 'income',
        outcome: 'error',
        error: { pendingRetry },
      })
    }
    const now = (await t.settled()).filter((h) => h.body.event === 'income.added')
    expect(now.map((h) => h.body.payload)).toEqual([
      expect.objectContaining({
        outcome: 'error',
        error_code: 'systemError',
        error_type: 'platformError',
      }),
      expect.not.objectContaining({ error_code: expect.anything() }),
    ])
    expect(now[1]?.body.payload).toMatchObject({ outcome: 'pending' })
    await new Promise((resolve) => setTimeout(resolve, 60))
    const later = (await t.settled()).filter((h) => h.body.event === 'income.added')
    expect(later).toHaveLength(3)
    expect(later[2]?.body.payload).toMatchObject({
      outcome: 'error',
      error_code: 'systemError',
      error_type: 'systemError',
      account_id: now[1]?.body.payload.account_id,
    })
    expect(later[2]?.body.payload).not.toHaveProperty('error')
  })

  it('records a direct deposit switch and refuses a partial one when disabled', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const { sessionId } = await t.connect({
      runJobs: false,
      tokenBody: {
        required_jobs: ['direct_deposit_switch'],
        disable_direct_deposit_splitting: true,
        ...depositAccount,
      },
    })
    const partial = await t.runJob(sessionId, 'direct_deposit_switch', {
      action: 'partial_switch',
      allocation: { type: 'percentage', value: 20 },
    })
    expect(partial.json.error.code).toBe('partialSwitchDisabled')
    const full = await t.runJob(sessionId, 'direct_deposit_switch', { action: 'full_switch' })
    expect(full.json.data.outcome).toBe('success')
    const hook = (await t.settled()).find((h) => h.body.event === 'direct_deposit_switch.added')
    expect(hook?.body.payload).toMatchObject({
      name: 'direct_deposit_switch',
      outcome: 'success',
      params: {
        action: 'full_switch',
        allocation: {
          type: 'remainder',
          target: {
            account_name: null,
            account_type: 'checking',
            last_four_account_number: '2203',
          },
        },
      },
    })
  })

  it('sends direct_deposit_allocations.added when a switch changes monitored allocations', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const { sessionId } = await t.connect({
      runJobs: false,
      tokenBody: {
        required_jobs: ['direct_deposit_allocations', 'direct_deposit_switch'],
        ...depositAccount,
      },
    })
    await t.runJob(sessionId, 'direct_deposit_allocations')
    await t.runJob(sessionId, 'direct_deposit_switch', {
      action: 'partial_switch',
      allocation: { type: 'amount', value: 150 },
    })
    const events = (await t.settled()).map((h) => h.body.event)
    expect(events).toEqual([
      'account.added',
      'direct_deposit_allocations.added',
      'direct_deposit_switch.added',
      'direct_deposit_allocations.added',
    ])
  })
})
