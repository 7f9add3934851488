import { decodeJwt } from 'jose'
import { describe, expect, it } from 'vitest'
import { createTestApi, start, testSecret } from './createTestApi.js'

const valid = {
  org_name: 'Acme Lending',
  required_jobs: ['income', 'paystubs'],
  end_user_id: 'u-1',
}

describe('POST /v1/link_tokens', () => {
  it('rejects a missing x-api-secret with 401 UNAUTHORIZED_REQUEST in Pinwheel’s error shape', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', valid, { 'x-api-secret': '' })
    expect(res.status).toBe(401)
    expect(res.json).toEqual({
      error: {
        type: 'UNAUTHORIZED_REQUEST',
        code: 'MISSING_API_SECRET',
        message: expect.stringContaining('x-api-secret'),
        status_code: 401,
      },
    })
  })

  it('rejects a wrong x-api-secret with 401', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', valid, { 'x-api-secret': `${testSecret}x` })
    expect(res.status).toBe(401)
    expect(res.json.error.code).toBe('INVALID_API_SECRET')
  })

  it('issues a sandbox token whose JWT carries the claims and expires in one hour', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', {
      ...valid,
      language: 'es',
      skip_intro_screen: true,
      employer_id: 'emp_acme_logistics',
    })
    expect(res.status).toBe(200)
    const { data } = res.json
    expect(data.mode).toBe('sandbox')
    expect(data.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(data.expires).toBe('2025-03-14T16:00:00.000+00:00')
    const claims = decodeJwt(data.token)
    expect(claims).toMatchObject({
      link_token_id: data.id,
      mode: 'sandbox',
      org_name: 'Acme Lending',
      jobs: ['income', 'paystubs'],
      end_user_id: 'u-1',
      account_id: null,
      employer_id: 'emp_acme_logistics',
      platform_id: null,
      language: 'es',
      skip_intro_screen: true,
      iat: start.getTime() / 1000,
      exp: start.getTime() / 1000 + 3600,
    })
  })

  it('lists every bad field in one 400 INVALID_REQUEST_PARAMETERS answer', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', {
      org_name: 'Ac',
      required_jobs: ['income', 'payroll'],
      routing_number: '07464755',
      account_type: 'brokerage',
      account_number: '193464372203',
      language: 'fr',
    })
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({
      type: 'INVALID_REQUEST_PARAMETERS',
      status_code: 400,
    })
    const fields = res.json.error.fields.map((f: { name: string }) => f.name)
    expect(fields).toEqual(
      expect.arrayContaining([
        'org_name',
        'required_jobs.1',
        'routing_number',
        'account_type',
        'language',
        'end_user_id',
      ]),
    )
    for (const field of res.json.error.fields) expect(field.message.length).toBeGreaterThan(10)
  })

  it.each([
    ['org_name longer than 30', { org_name: 'x'.repeat(31) }, 'org_name'],
    ['an empty required_jobs', { required_jobs: [] }, 'required_jobs'],
    ['a duplicate job', { required_jobs: ['income', 'income'] }, 'required_jobs'],
    ['end_user_id longer than 255', { end_user_id: 'u'.repeat(256) }, 'end_user_id'],
    ['an empty end_user_id', { end_user_id: '' }, 'end_user_id'],
    ['a non-uuid account_id', { account_id: 'acct_1' }, 'account_id'],
    ['a 10 digit routing number', { routing_number: '1234567890' }, 'routing_number'],
    ['an unknown employer', { employer_id: 'emp_nope' }, 'employer_id'],
    ['an unknown platform', { platform_id: 'plat_nope' }, 'platform_id'],
    [
      'a platform not the employer’s',
      { employer_id: 'emp_acme_logistics', platform_id: 'plat_quill' },
      'platform_id',
    ],
    ['a non-boolean skip_intro_screen', { skip_intro_screen: 'yes' }, 'skip_intro_screen'],
  ])('rejects %s', async (_name, patch, field) => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', { ...valid, ...patch })
    expect(res.status).toBe(400)
    expect(res.json.error.fields.map((f: { name: string }) => f.name)).toContain(field)
  })

  it('requires the deposit account for a direct deposit switch, naming each missing field', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', {
      ...valid,
      required_jobs: ['direct_deposit_switch'],
    })
    expect(res.status).toBe(400)
    expect(res.json.error.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'account_number',
      'account_type',
      'routing_number',
    ])
    const ok = await t.call('POST', '/v1/link_tokens', {
      ...valid,
      required_jobs: ['direct_deposit_switch'],
      account_type: 'checking',
      routing_number: '074647550',
      account_number: '193464372203',
    })
    expect(ok.status).toBe(200)
  })

  it('answers a body that is not JSON with 400 MALFORMED_BODY, saying to send JSON', async () => {
    const t = await createTestApi()
    const res = await t.api.fetch(
      new Request('http://mock.test/v1/link_tokens', {
        method: 'POST',
        headers: { 'x-api-secret': testSecret, 'content-type': 'text/plain' },
        body: 'org_name=Acme',
      }),
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.error).toMatchObject({ type: 'INVALID_REQUEST_PARAMETERS', code: 'MALFORMED_BODY' })
    expect(body.error.message).toContain('content-type: application/json')
  })

  it('answers malformed JSON with 400 INVALID_REQUEST_PARAMETERS', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', '{"org_name": ')
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({
      type: 'INVALID_REQUEST_PARAMETERS',
      code: 'MALFORMED_BODY',
    })
  })

  it('accepts and echoes a Pinwheel-Version header, and rejects a malformed one', async () => {
    const t = await createTestApi()
    const ok = await t.call('POST', '/v1/link_tokens', valid, { 'pinwheel-version': '2023-11-22' })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('pinwheel-version')).toBe('2023-11-22')
    const bad = await t.call('POST', '/v1/link_tokens', valid, { 'pinwheel-version': 'v3' })
    expect(bad.status).toBe(400)
    expect(bad.json.error.fields).toEqual([
      { name: 'Pinwheel-Version', message: expect.any(String) },
    ])
  })

  it('answers an unknown account_id with 404 RECORD_NOT_FOUND', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', {
      org_name: 'Acme Lending',
      required_jobs: ['income'],
      account_id: '449e7a5c-69d3-4b8a-aaaf-5c9b713ebc65',
    })
    expect(res.status).toBe(404)
    expect(res.json.error).toMatchObject({
      type: 'RECORD_NOT_FOUND',
      code: 'ACCOUNT_NOT_FOUND',
      status_code: 404,
    })
  })

  it('issues an On Demand Update token for an existing account without end_user_id', async () => {
    const t = await createTestApi()
    const { accountId } = await t.connect({ runJobs: false })
    const res = await t.call('POST', '/v1/link_tokens', {
      org_name: 'Acme Lending',
      required_jobs: ['income'],
      account_id: accountId,
    })
    expect(res.status).toBe(200)
    expect(decodeJwt(res.json.data.token)).toMatchObject({
      account_id: accountId,
      end_user_id: 'user-123',
      platform_id: 'plat_paycrest',
      employer_id: 'emp_acme_logistics',
    })
  })

  it('answers 2,000 concurrent requests, each with a unique id and token', async () => {
    const t = await createTestApi()
    const results = await Promise.all(
      Array.from({ length: 2000 }, (_, i) =>
        t.call('POST', '/v1/link_tokens', { ...valid, end_user_id: `u-${i}` }),
      ),
    )
    expect(results.every((r) => r.status === 200)).toBe(true)
    expect(new Set(results.map((r) => r.json.data.id)).size).toBe(2000)
    expect(new Set(results.map((r) => r.json.data.token)).size).toBe(2000)
    const claims = decodeJwt(results[1234]?.json.data.token)
    expect(claims.end_user_id).toBe('u-1234')
  })
})
