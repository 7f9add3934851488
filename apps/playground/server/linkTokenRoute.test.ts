import { describe, expect, it } from 'vitest'
import { createTestPlayground, switchOptions } from '../test/createTestPlayground'
import { openTestDatabaseBeforeAll } from '../test/openTestDatabaseBeforeAll'

openTestDatabaseBeforeAll()

describe('POST /api/link-token', () => {
  it('creates a Link token with the mock API from the page options', async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', switchOptions)
    expect(res.status).toBe(200)
    expect(res.json.data).toEqual({
      mode: 'sandbox',
      id: expect.any(String),
      token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expires: expect.any(String),
    })
    // The token is real: the sandbox frame can redeem it, with the options the page chose.
    const link = await t.runLink(res.json.data.token)
    expect(link.session.status).toBe(200)
    expect(link.session.json.data).toMatchObject({
      jobs: ['direct_deposit_switch', 'identity'],
      end_user_id: 'end_user_demo',
      org_name: 'Linkwheel Playground',
      allocation: {
        account_type: 'checking',
        routing_number_last4: '0021',
        account_number_last4: '3210',
      },
    })
  })

  it("passes Pinwheel's field errors through in its error shape", async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', {
      ...switchOptions,
      deposit: { ...switchOptions.deposit, routing_number: '12' },
    })
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({ type: 'INVALID_REQUEST_PARAMETERS', status_code: 400 })
    expect(res.json.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'routing_number' })]),
    )
  })

  it('refuses options without jobs before calling Pinwheel, naming the field', async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', { end_user_id: 'u' })
    expect(res.status).toBe(400)
    expect(res.json.error.fields).toEqual([expect.objectContaining({ field: 'jobs' })])
    expect(res.json.error.message).toMatch(/jobs/)
  })

  it('answers 400 to a body nested deeper than the JSON bounds, before reading it', async () => {
    const t = await createTestPlayground()
    const res = await t.call(
      'POST',
      '/api/link-token',
      `{"jobs":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    )
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('too_deep')
  })

  it('answers 400 to a body that is not JSON', async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', 'not json')
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('invalid_json')
  })

  it('answers a clear 502 when the mock API is down', async () => {
    const t = await createTestPlayground({ mockDown: true })
    const res = await t.call('POST', '/api/link-token', switchOptions)
    expect(res.status).toBe(502)
    expect(res.json.error).toMatchObject({
      type: 'MOCK_API_UNAVAILABLE',
      code: 'mock_api_unreachable',
    })
    expect(res.json.error.message).toContain('http://127.0.0.1:9')
    expect(res.json.error.message).toContain('pnpm dev')
  })

  it('explains a 401 from Pinwheel by pointing at PINWHEEL_API_SECRET, without showing it', async () => {
    const t = await createTestPlayground({ backendSecret: 'pw_sandbox_wrong_secret_x1' })
    const res = await t.call('POST', '/api/link-token', switchOptions)
    expect(res.status).toBe(401)
    expect(res.json.error.message).toContain('PINWHEEL_API_SECRET')
    expect(res.text).not.toContain('pw_sandbox_wrong_secret_x1')
  })
})
