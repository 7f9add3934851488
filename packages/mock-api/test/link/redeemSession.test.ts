import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { createMockPinwheelApi } from '../../src/createMockPinwheelApi.js'
import { createTestApi } from '../createTestApi.js'

const HOUR = 3_600_000

describe('POST /internal/link/sessions', () => {
  it('redeems a token into a session that describes it', async () => {
    const t = await createTestApi()
    const token = await t.createToken({
      required_jobs: ['direct_deposit_switch', 'income'],
      account_type: 'savings',
      routing_number: '074647550',
      account_number: '193464372203',
      disable_direct_deposit_splitting: true,
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
