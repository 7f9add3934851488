import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signWebhook } from '../src/webhooks/signWebhook.js'
import { verifyWebhookSignature } from '../src/webhooks/verifyWebhookSignature.js'
import {
  isWebhookSignatureError,
  type WebhookSignatureErrorCode,
} from '../src/webhooks/WebhookSignatureError.js'

const secret = 'pw_sandbox_demo_secret'
const body = JSON.stringify({
  event: 'income.added',
  event_id: 'e1',
  payload: { account_id: 'a1' },
})
const ts = 1_741_964_400
const now = new Date(ts * 1000)

function codeOf(run: () => unknown): WebhookSignatureErrorCode | 'no error' {
  try {
    run()
    return 'no error'
  } catch (error) {
    if (isWebhookSignatureError(error)) return error.code
    throw error
  }
}

describe('signWebhook', () => {
  it('signs v2:{timestamp}:{body} with HMAC-SHA256 of the secret, as hex', () => {
    const expected = createHmac('sha256', secret).update(`v2:${ts}:${body}`).digest('hex')
    expect(signWebhook(body, secret, ts)).toEqual({
      'x-timestamp': String(ts),
      'x-pinwheel-signature': `v2=${expected}`,
    })
  })
})

describe('verifyWebhookSignature', () => {
  it('accepts what signWebhook produced, from Headers or a Node header record, string or bytes', () => {
    const headers = { ...signWebhook(body, secret, ts), 'x-pinwheel-webhook-id': 'wh_1' }
    expect(verifyWebhookSignature(body, new Headers(headers), secret, { now })).toEqual({
      timestamp: now,
      webhookId: 'wh_1',
    })
    const nodeHeaders = {
      'X-Timestamp': headers['x-timestamp'],
      'x-pinwheel-signature': [headers['x-pinwheel-signature']],
    }
    expect(
      verifyWebhookSignature(Buffer.from(body), nodeHeaders, secret, { now: () => now }).webhookId,
    ).toBeNull()
  })

  it('rejects a tampered body, a tampered signature, a moved timestamp and the wrong secret', () => {
    const headers = signWebhook(body, secret, ts)
    expect(
      codeOf(() => verifyWebhookSignature(body.replace('a1', 'a2'), headers, secret, { now })),
    ).toBe('signatureMismatch')
    const flipped = headers['x-pinwheel-signature'].replace(/.$/, (c) => (c === '0' ? '1' : '0'))
    expect(
      codeOf(() =>
        verifyWebhookSignature(body, { ...headers, 'x-pinwheel-signature': flipped }, secret, {
          now,
        }),
      ),
    ).toBe('signatureMismatch')
    expect(
      codeOf(() =>
        verifyWebhookSignature(body, { ...headers, 'x-timestamp': String(ts + 1) }, secret, {
          now,
        }),
      ),
    ).toBe('signatureMismatch')
    expect(codeOf(() => verifyWebhookSignature(body, headers, 'pw_sandbox_wrong', { now }))).toBe(
      'signatureMismatch',
    )
  })

  it('rejects a timestamp older or newer than the tolerance, and accepts one at its edge', () => {
    const headers = signWebhook(body, secret, ts)
    const later = (s: number) => new Date((ts + s) * 1000)
    expect(codeOf(() => verifyWebhookSignature(body, headers, secret, { now: later(300) }))).toBe(
      'no error',
    )
    expect(codeOf(() => verifyWebhookSignature(body, headers, secret, { now: later(301) }))).toBe(
      'staleTimestamp',
    )
    expect(codeOf(() => verifyWebhookSignature(body, headers, secret, { now: later(-301) }))).toBe(
      'staleTimestamp',
    )
    expect(
      codeOf(() =>
        verifyWebhookSignature(body, headers, secret, { now: later(30), toleranceSeconds: 10 }),
      ),
    ).toBe('staleTimestamp')
  })

  it('names a missing or malformed header', () => {
    const headers = signWebhook(body, secret, ts)
    expect(
      codeOf(() =>
        verifyWebhookSignature(
          body,
          { 'x-pinwheel-signature': headers['x-pinwheel-signature'] },
          secret,
          { now },
        ),
      ),
    ).toBe('missingTimestamp')
    expect(
      codeOf(() =>
        verifyWebhookSignature(body, { 'x-timestamp': headers['x-timestamp'] }, secret, { now }),
      ),
    ).toBe('missingSignature')
    expect(
      codeOf(() =>
        verifyWebhookSignature(body, { ...headers, 'x-timestamp': '2025-03-14' }, secret, { now }),
      ),
    ).toBe('malformedTimestamp')
    expect(
      codeOf(() =>
        verifyWebhookSignature(body, { ...headers, 'x-pinwheel-signature': 'v1=abc' }, secret, {
          now,
        }),
      ),
    ).toBe('malformedSignature')
    expect(
      codeOf(() =>
        verifyWebhookSignature(body, { ...headers, 'x-pinwheel-signature': 'v2=zz' }, secret, {
          now,
        }),
      ),
    ).toBe('malformedSignature')
  })

  it('accepts a header that carries several v2 signatures when one matches (secret rotation)', () => {
    const good = signWebhook(body, secret, ts)['x-pinwheel-signature']
    const old = signWebhook(body, 'pw_sandbox_old', ts)['x-pinwheel-signature']
    const headers = { 'x-timestamp': String(ts), 'x-pinwheel-signature': `${old}, ${good}` }
    expect(codeOf(() => verifyWebhookSignature(body, headers, secret, { now }))).toBe('no error')
  })
})
