import { randomBytes } from 'node:crypto'
import { decodeJwt, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { createMockPinwheelApi } from '../src/createMockPinwheelApi.js'
import { checkWebhookUrl } from '../src/webhooks/checkWebhookUrl.js'
import { createTestApi } from './createTestApi.js'

const big = (bytes: number) => JSON.stringify({ link_token: 'x'.repeat(bytes) })

describe('request body limit', () => {
  it.each([
    ['/v1/link_tokens', true],
    ['/v1/webhooks', true],
    ['/internal/link/sessions', false],
    ['/internal/link/sessions/any/login', false],
  ])(
    'refuses a body over the limit on %s with 413 in Pinwheel’s error shape',
    async (path, secret) => {
      const t = await createTestApi({ maxBodyBytes: 1024 })
      const res = await t.call('POST', path, big(2048), secret ? {} : { 'x-api-secret': '' })
      expect(res.status).toBe(413)
      expect(res.json).toEqual({
        error: {
          type: 'INVALID_REQUEST_PARAMETERS',
          code: 'PAYLOAD_TOO_LARGE',
          message: expect.stringContaining('1024 bytes'),
          status_code: 413,
        },
      })
    },
  )

  it('refuses a streamed body without content-length once it passes the limit', async () => {
    const api = createMockPinwheelApi({ maxBodyBytes: 1024 })
    const chunk = new TextEncoder().encode('x'.repeat(512))
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 8; i++) controller.enqueue(chunk)
        controller.close()
      },
    })
    const res = await api.fetch(
      new Request('http://mock.test/internal/link/sessions', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as RequestInit),
    )
    expect(res.status).toBe(413)
    expect(api.stats().sessions).toBe(0)
  })
})

describe('static routes', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'answers /link/%s with 404, not a 500',
    async (name) => {
      const t = await createTestApi()
      const res = await t.api.fetch(new Request(`http://mock.test/link/${name}`))
      expect(res.status).toBe(404)
      expect(await res.text()).toContain('pinwheel.js')
    },
  )
})

describe('webhook URLs', () => {
  it.each([
    'http://example.com/hooks',
    'https://127.0.0.1/hooks',
    'https://0x7f000001/hooks',
    'https://2130706433/hooks',
    'https://0177.0.0.1/hooks',
    'https://169.254.169.254/latest',
    'https://10.0.0.8/hooks',
    'https://192.168.1.1/hooks',
    'https://[::1]/hooks',
    'https://[fe80::1]/hooks',
    'https://localhost/hooks',
    'https://api.localhost/hooks',
    'https://printer.local/hooks',
    'https://metadata.internal/hooks',
    'https://intranet/hooks',
    'https://user:secret@example.com/hooks',
    'ftp://example.com/hooks',
  ])('refuses %s by default', async (url) => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/webhooks', {
      url,
      enabled_events: ['account.added'],
      version: '2023-11-22',
    })
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({
      code: 'INVALID_URL',
      fields: [{ name: 'url', message: expect.any(String) }],
    })
  })

  it('accepts a public https URL, and a loopback http one only with allowPrivateWebhookUrls', async () => {
    expect(checkWebhookUrl('https://hooks.example.com/pinwheel', false)).toBeNull()
    expect(checkWebhookUrl('http://127.0.0.1:5173/api/webhooks', false)).toMatch(
      /allowPrivateWebhookUrls/,
    )
    const t = await createTestApi({ allowPrivateWebhookUrls: true })
    const res = await t.call('POST', '/v1/webhooks', {
      url: 'http://127.0.0.1:5173/api/webhooks',
      enabled_events: ['account.added'],
      version: '2023-11-22',
    })
    expect(res.status).toBe(200)
  })
})

describe('allocation values', () => {
  const switchJob = async (t: Awaited<ReturnType<typeof createTestApi>>) =>
    (
      await t.connect({
        runJobs: false,
        tokenBody: {
          required_jobs: ['direct_deposit_switch'],
          account_type: 'checking',
          routing_number: '074647550',
          account_number: '193464372203',
        },
      })
    ).sessionId

  it.each([
    ['percentage', 0],
    ['percentage', 101],
    ['percentage', 5000],
    ['percentage', 50.5],
    ['amount', 0],
    ['amount', -5],
    ['amount', 0.5],
    ['amount', 10_000],
    ['amount', 1e308],
    ['amount', 12.345],
  ])('refuses a partial switch of %s %d', async (type, value) => {
    const t = await createTestApi()
    const session = await switchJob(t)
    const res = await t.call('POST', `/internal/link/sessions/${session}/jobs`, {
      job: 'direct_deposit_switch',
      allocation: { action: 'partial_switch', allocation: { type, value } },
    })
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({ type: 'clientError', code: 'invalidRequest' })
    expect(t.api.webhookDeliveries()).toEqual([])
  })

  it.each([
    ['percentage', 1],
    ['percentage', 100],
    ['amount', 1],
    ['amount', 150.5],
    ['amount', 9999],
  ])('accepts a partial switch of %s %d', async (type, value) => {
    const t = await createTestApi()
    const session = await switchJob(t)
    const res = await t.call('POST', `/internal/link/sessions/${session}/jobs`, {
      job: 'direct_deposit_switch',
      allocation: { action: 'partial_switch', allocation: { type, value } },
    })
    expect(res.json.data).toEqual({ job: 'direct_deposit_switch', outcome: 'success' })
  })
})

describe('Link token expiry', () => {
  it('is read from the stored token, so a re-signed JWT with a later exp is still refused', async () => {
    const key = randomBytes(32)
    let now = new Date('2025-03-14T15:00:00.000Z')
    const api = createMockPinwheelApi({ clock: () => now, linkTokenSigningKey: key })
    const created = await api.fetch(
      new Request('http://mock.test/v1/link_tokens', {
        method: 'POST',
        headers: { 'x-api-secret': api.apiSecret, 'content-type': 'application/json' },
        body: JSON.stringify({ org_name: 'Acme', required_jobs: ['income'], end_user_id: 'u' }),
      }),
    )
    const { token } = ((await created.json()) as { data: { token: string } }).data
    const { iat: _iat, exp: _exp, ...claims } = decodeJwt(token)
    const stretched = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 10 * 3600)
      .sign(key)
    now = new Date(now.getTime() + 61 * 60 * 1000)
    const res = await api.fetch(
      new Request('http://mock.test/internal/link/sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ link_token: stretched }),
      }),
    )
    expect(res.status).toBe(401)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('expiredLinkToken')
  })
})
