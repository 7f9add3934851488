import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { createMockPinwheelApi } from '../src/createMockPinwheelApi.js'
import { createTestApi } from './createTestApi.js'

const HOUR = 3_600_000

describe('POST /internal/link/sessions', () => {
  it('redeems a token into a session that describes it', async () => {
    const t = await createTestApi()
    const token = await t.createToken({
      required_jobs: ['direct_deposit_switch', 'income'],
      account_type: 'savings',
      routing_number: '074647550',
      account_number: '193464372203',
      disable_partial_switch: true,
      platform_id: 'plat_paycrest',
    })
    const res = await t.redeem(token.token)
    expect(res.status).toBe(200)
    expect(res.json.data).toEqual({
      session_id: expect.any(String),
      link_token_id: token.id,
      mode: 'sandbox',
      org_name: 'Acme Lending',
      language: 'en',
      skip_intro_screen: false,
      jobs: ['direct_deposit_switch', 'income'],
      end_user_id: 'user-123',
      employer_id: null,
      platform_id: 'plat_paycrest',
      account: null,
      allocation: {
        account_type: 'savings',
        routing_number_last4: '7550',
        account_number_last4: '2203',
      },
      disable_partial_switch: true,
    })
  })

  it('refuses a second redemption of the same token (single-use)', async () => {
    const t = await createTestApi()
    const { token } = await t.createToken()
    expect((await t.redeem(token)).status).toBe(200)
    const again = await t.redeem(token)
    expect(again.status).toBe(401)
    expect(again.json.error).toEqual({
      type: 'invalidLinkToken',
      code: 'usedLinkToken',
      message: expect.stringContaining('single-use'),
      pendingRetry: false,
    })
  })

  it('accepts a token until one hour after issue and refuses it after (injected clock)', async () => {
    const t = await createTestApi()
    const early = await t.createToken()
    const late = await t.createToken()
    t.advance(HOUR - 1000)
    expect((await t.redeem(early.token)).status).toBe(200)
    t.advance(2000)
    const expired = await t.redeem(late.token)
    expect(expired.status).toBe(401)
    expect(expired.json.error.code).toBe('expiredLinkToken')
  })

  it('refuses a tampered token and one signed by another instance', async () => {
    const t = await createTestApi()
    const { token } = await t.createToken()
    const [header, payload, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())
    const forged = Buffer.from(JSON.stringify({ ...claims, org_name: 'Evil' })).toString(
      'base64url',
    )
    const tampered = await t.redeem(`${header}.${forged}.${signature}`)
    expect(tampered.json.error.code).toBe('invalidLinkTokenSignature')

    const other = createMockPinwheelApi({ apiSecret: 'pw_sandbox_other' })
    const res = await other.fetch(
      new Request('http://other/v1/link_tokens', {
        method: 'POST',
        headers: { 'x-api-secret': 'pw_sandbox_other', 'content-type': 'application/json' },
        body: JSON.stringify({ org_name: 'Other', required_jobs: ['income'], end_user_id: 'x' }),
      }),
    )
    const foreign = await t.redeem((await res.json()).data.token)
    expect(foreign.status).toBe(401)
    expect(foreign.json.error.code).toBe('invalidLinkTokenSignature')
    expect((await t.redeem('not-a-jwt')).json.error.code).toBe('invalidLinkTokenSignature')
  })

  it('tells a token from a real Pinwheel environment apart', async () => {
    const t = await createTestApi()
    const production = await new SignJWT({ mode: 'production', link_token_id: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new Uint8Array(32))
    const res = await t.redeem(production)
    expect(res.status).toBe(401)
    expect(res.json.error.code).toBe('invalidLinkTokenEnvironment')
  })

  it('answers a body without link_token with 400 clientError', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/internal/link/sessions', {})
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({
      type: 'clientError',
      code: 'invalidRequest',
      pendingRetry: false,
    })
  })
})

describe('POST /internal/link/sessions/:id/login', () => {
  async function session(t: Awaited<ReturnType<typeof createTestApi>>, body = {}) {
    const token = await t.createToken(body)
    return (await t.redeem(token.token)).json.data.session_id as string
  }
  const login = (t: Awaited<ReturnType<typeof createTestApi>>, id: string, body: object) =>
    t.call('POST', `/internal/link/sessions/${id}/login`, { platform_id: 'plat_paycrest', ...body })

  it('logs user_good in, creates the account and sends account.added', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const id = await session(t)
    const res = await login(t, id, { username: 'user_good', password: 'pass_good' })
    expect(res.json).toEqual({
      data: { status: 'logged_in', account_id: expect.any(String), platform_id: 'plat_paycrest' },
    })
    const [hook] = await t.settled()
    expect(hook?.body.event).toBe('account.added')
    expect(hook?.body.payload).toEqual({
      account_id: res.json.data.account_id,
      end_user_id: 'user-123',
      link_token_id: expect.any(String),
      platform_id: 'plat_paycrest',
      created_at: '2025-03-14T15:00:00.000+00:00',
      connected: true,
      monitoring_status: 'active',
    })
  })

  it('lets the user retry after a wrong password, and refuses unknown users', async () => {
    const t = await createTestApi()
    const id = await session(t)
    const wrong = await login(t, id, { username: 'user_good', password: 'nope' })
    expect(wrong.status).toBe(400)
    expect(wrong.json.error).toMatchObject({
      type: 'invalidUserInput',
      code: 'invalidCredentials',
      pendingRetry: false,
    })
    const unknown = await login(t, id, { username: 'someone', password: 'pass_good' })
    expect(unknown.json.error.code).toBe('invalidCredentials')
    const right = await login(t, id, { username: 'user_good', password: 'pass_good' })
    expect(right.json.data.status).toBe('logged_in')
  })

  it('answers user_locked with userActionRequired/accountLocked', async () => {
    const t = await createTestApi()
    const res = await login(t, await session(t), { username: 'user_locked', password: 'pass_good' })
    expect(res.status).toBe(403)
    expect(res.json.error).toMatchObject({ type: 'userActionRequired', code: 'accountLocked' })
  })

  it('asks user_mfa for a code, refuses a wrong one and accepts mfa_code', async () => {
    const t = await createTestApi()
    const id = await session(t)
    const first = await login(t, id, { username: 'user_mfa', password: 'pass_good' })
    expect(first.json).toEqual({ data: { status: 'mfa_required' } })
    const wrong = await login(t, id, { mfa_code: '0000' })
    expect(wrong.json.error).toMatchObject({
      type: 'userActionRequired',
      code: 'challengeAnswerIncorrect',
    })
    const right = await login(t, id, { mfa_code: 'mfa_code' })
    expect(right.json.data.status).toBe('logged_in')
  })

  it('rejects an unknown platform and an employer on another platform', async () => {
    const t = await createTestApi()
    const id = await session(t)
    const unknown = await login(t, id, {
      platform_id: 'plat_x',
      username: 'user_good',
      password: 'pass_good',
    })
    expect(unknown.json.error.code).toBe('unknownPlatform')
    const mismatch = await login(t, id, {
      employer_id: 'emp_bluebird_grocers',
      username: 'user_good',
      password: 'pass_good',
    })
    expect(mismatch.json.error.code).toBe('incorrectPlatform')
  })

  it('answers an unknown session with 404 and an exited one with 409', async () => {
    const t = await createTestApi()
    const missing = await login(t, 'nope', { username: 'user_good', password: 'pass_good' })
    expect(missing.status).toBe(404)
    expect(missing.json.error.code).toBe('sessionNotFound')
    const id = await session(t)
    const exit = await t.api.fetch(
      new Request(`http://mock.test/internal/link/sessions/${id}/exit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'user_closed' }),
      }),
    )
    expect(exit.status).toBe(204)
    const after = await login(t, id, { username: 'user_good', password: 'pass_good' })
    expect(after.status).toBe(409)
    expect(after.json.error.code).toBe('sessionClosed')
  })
})

describe('POST /internal/link/sessions/:id/jobs', () => {
  it('runs a requested job, stores its data and sends <job>.added', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const { accountId, sessionId, token } = await t.connect({ runJobs: false })
    const res = await t.call('POST', `/internal/link/sessions/${sessionId}/jobs`, {
      job: 'paystubs',
    })
    expect(res.json).toEqual({ data: { job: 'paystubs', outcome: 'success' } })
    const hooks = await t.settled()
    const paystubs = hooks.find((h) => h.body.event === 'paystubs.added')
    expect(paystubs?.body.payload).toMatchObject({
      account_id: accountId,
      end_user_id: 'user-123',
      link_token_id: token.id,
      name: 'paystubs',
      outcome: 'success',
      deleted: [],
    })
    const stored = await t.call('GET', `/v1/accounts/${accountId}/paystubs?limit=100`)
    expect([...((paystubs?.body.payload.added as string[] | undefined) ?? [])].sort()).toEqual(
      stored.json.data.map((p: { id: string }) => p.id).sort(),
    )
  })

  it('refuses a job before login and a job the token did not request', async () => {
    const t = await createTestApi()
    const token = await t.createToken({ required_jobs: ['income'] })
    const id = (await t.redeem(token.token)).json.data.session_id
    const early = await t.call('POST', `/internal/link/sessions/${id}/jobs`, { job: 'income' })
    expect(early.status).toBe(409)
    expect(early.json.error.code).toBe('notLoggedIn')
    await t.call('POST', `/internal/link/sessions/${id}/login`, {
      platform_id: 'plat_paycrest',
      username: 'user_good',
      password: 'pass_good',
    })
    const other = await t.call('POST', `/internal/link/sessions/${id}/jobs`, { job: 'paystubs' })
    expect(other.json.error.code).toBe('jobNotRequested')
    const bogus = await t.call('POST', `/internal/link/sessions/${id}/jobs`, { job: 'payroll' })
    expect(bogus.json.error.code).toBe('invalidRequest')
  })

  it('fails every job of user_error (no retry) and of user_pending (pendingRetry)', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    for (const [username, pendingRetry] of [
      ['user_error', false],
      ['user_pending', true],
    ] as const) {
      const { sessionId } = await t.connect({ username, runJobs: false })
      const res = await t.call('POST', `/internal/link/sessions/${sessionId}/jobs`, {
        job: 'income',
      })
      expect(res.json.data).toMatchObject({
        job: 'income',
        outcome: 'error',
        error: { pendingRetry },
      })
    }
    const errors = (await t.settled()).filter((h) => h.body.event === 'income.added')
    expect(errors.map((h) => (h.body.payload as { outcome: string }).outcome)).toEqual([
      'error',
      'error',
    ])
    expect(
      errors.map(
        (h) => (h.body.payload as { error: { pending_retry: boolean } }).error.pending_retry,
      ),
    ).toEqual([false, true])
  })

  it('records a direct deposit switch and refuses a partial one when disabled', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const allocation = {
      account_type: 'checking',
      routing_number: '074647550',
      account_number: '193464372203',
    }
    const { sessionId } = await t.connect({
      runJobs: false,
      tokenBody: {
        required_jobs: ['direct_deposit_switch'],
        disable_partial_switch: true,
        ...allocation,
      },
    })
    const partial = await t.call('POST', `/internal/link/sessions/${sessionId}/jobs`, {
      job: 'direct_deposit_switch',
      allocation: { action: 'partial_switch', allocation: { type: 'percentage', value: 20 } },
    })
    expect(partial.json.error.code).toBe('partialSwitchDisabled')
    const full = await t.call('POST', `/internal/link/sessions/${sessionId}/jobs`, {
      job: 'direct_deposit_switch',
      allocation: { action: 'full_switch' },
    })
    expect(full.json.data.outcome).toBe('success')
    const hook = (await t.settled()).find((h) => h.body.event === 'direct_deposit_switch.added')
    expect(hook?.body.payload).toMatchObject({
      name: 'direct_deposit_switch',
      outcome: 'success',
      params: { action: 'full_switch', account_type: 'checking', account_number_last4: '2203' },
    })
  })

  it('sends direct_deposit_allocations.added when a switch changes monitored allocations', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const allocation = {
      account_type: 'checking',
      routing_number: '074647550',
      account_number: '193464372203',
    }
    const { sessionId } = await t.connect({
      runJobs: false,
      tokenBody: {
        required_jobs: ['direct_deposit_allocations', 'direct_deposit_switch'],
        ...allocation,
      },
    })
    await t.call('POST', `/internal/link/sessions/${sessionId}/jobs`, {
      job: 'direct_deposit_allocations',
    })
    await t.call('POST', `/internal/link/sessions/${sessionId}/jobs`, {
      job: 'direct_deposit_switch',
      allocation: { action: 'partial_switch', allocation: { type: 'amount', value: 15000 } },
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
    await t.call('POST', `/internal/link/sessions/${session.session_id}/jobs`, { job: 'income' })
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
