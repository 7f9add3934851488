import { describe, expect, it } from 'vitest'
import { createTestApi } from '../createTestApi.js'

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
      platform_name: 'Paycrest',
      platform_type: 'payroll',
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
