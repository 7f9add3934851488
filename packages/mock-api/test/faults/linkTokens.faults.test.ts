import { randomBytes } from 'node:crypto'
import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningMockPinwheelApi, startMockPinwheelApi } from '../../src/index.js'

/** Bad Link tokens presented to the sandbox Link's redeem endpoint over HTTP. */

const apiSecret = 'pw_sandbox_token_faults'
const linkTokenSigningKey = randomBytes(32)
let now = new Date('2025-06-01T12:00:00.000Z')
let api: RunningMockPinwheelApi
let other: RunningMockPinwheelApi

async function createToken(on = api) {
  const response = await fetch(`${on.url}/v1/link_tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-secret': apiSecret },
    body: JSON.stringify({
      org_name: 'Token Faults',
      required_jobs: ['identity'],
      end_user_id: 'token-faults',
    }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { data: { token: string } }).data.token
}

async function redeem(token: string) {
  const response = await fetch(`${api.url}/internal/link/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ link_token: token }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const refused = (code: string) => ({
  status: 401,
  body: {
    error: {
      type: 'invalidLinkToken',
      code,
      message: expect.stringMatching(/create a new one|mock API/),
      pendingRetry: false,
    },
  },
})

beforeAll(async () => {
  api = await startMockPinwheelApi({ port: 0, apiSecret, linkTokenSigningKey, clock: () => now })
  other = await startMockPinwheelApi({ port: 0, apiSecret })
})

afterAll(async () => {
  await Promise.all([api?.close(), other?.close()])
})

describe('the sandbox Link refusing bad Link tokens', () => {
  it('refuses an expired token with expiredLinkToken', async () => {
    const token = await createToken()
    now = new Date(now.getTime() + 61 * 60 * 1000)
    try {
      expect(await redeem(token)).toEqual(refused('expiredLinkToken'))
    } finally {
      now = new Date(now.getTime() - 61 * 60 * 1000)
    }
  })

  it('accepts a token once and refuses its reuse with usedLinkToken, even when raced', async () => {
    const token = await createToken()
    const results = await Promise.all([redeem(token), redeem(token), redeem(token)])
    expect(results.filter((r) => r.status === 200)).toHaveLength(1)
    expect(results.filter((r) => r.status === 401)).toEqual([
      refused('usedLinkToken'),
      refused('usedLinkToken'),
    ])
  })

  it('refuses a token whose signature or claims were tampered with', async () => {
    const token = await createToken()
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`
    expect(await redeem(flipped)).toEqual(refused('invalidLinkTokenSignature'))
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    const widened = Buffer.from(
      JSON.stringify({ ...claims, jobs: ['direct_deposit_switch'] }),
    ).toString('base64url')
    expect(await redeem(`${header}.${widened}.${signature}`)).toEqual(
      refused('invalidLinkTokenSignature'),
    )
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`
    expect(await redeem(unsigned)).toEqual(refused('invalidLinkTokenSignature'))
    expect(await redeem('not-a-jwt')).toEqual(refused('invalidLinkTokenSignature'))
    // The untouched token still works: tampered copies did not burn it.
    expect((await redeem(token)).status).toBe(200)
  })

  it('refuses a token signed by another instance (another key) as a bad signature', async () => {
    expect(await redeem(await createToken(other))).toEqual(refused('invalidLinkTokenSignature'))
  })

  it('refuses a token for another Pinwheel environment with invalidLinkTokenEnvironment', async () => {
    const production = await new SignJWT({ link_token_id: 'lt_prod', mode: 'production' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(linkTokenSigningKey)
    expect(await redeem(production)).toEqual(refused('invalidLinkTokenEnvironment'))
  })
})
