import { request } from 'node:http'
import { signWebhook } from '@linkwheel/mock-api'
import { describe, expect, it } from 'vitest'
import { switchOptions, testSecret } from '../createTestPlayground'
import { answerBeforeBody } from '../rawHttp'
import { sendHttp } from '../sendHttp'
import { json, serverForThisFile } from './serverForThisFile'

// The fault suite: each attack on the playground's backend, over real HTTP on loopback, refused.
const t = serverForThisFile()

function signed(body: string | Uint8Array, secret = testSecret) {
  return { ...signWebhook(body, secret), ...json }
}

/** Posts `body` to the server's webhook receiver with `headers`. */
function postWebhook(headers: Record<string, string>, body: string | Uint8Array) {
  return sendHttp(t.port, { method: 'POST', path: '/api/webhooks', headers, body })
}

function webhookBody(eventId: string, payload: Record<string, unknown> = { account_id: eventId }) {
  return JSON.stringify({ event: 'account.added', event_id: eventId, payload })
}

describe('body limits', () => {
  it('answers 413 to an oversized body on every route, announced or streamed', async () => {
    const big = JSON.stringify({ ...switchOptions, end_user_id: 'x'.repeat(70_000) })
    const announced = await sendHttp(t.port, {
      method: 'POST',
      path: '/api/link-token',
      headers: { ...json, origin: t.origin },
      body: big,
    })
    expect(announced.status).toBe(413)
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: t.port,
          method: 'POST',
          path: '/api/accounts/acct-1/refresh',
          headers: { ...json, origin: t.origin, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      for (let i = 0; i < 10; i++) req.write('x'.repeat(10_000))
      req.end()
    })
    expect(streamed).toBe(413)
    const getWithBody = await sendHttp(t.port, { path: '/api/accounts', body: 'x'.repeat(300_000) })
    expect(getWithBody.status).toBe(413)
    const pageWithBody = await sendHttp(t.port, { path: '/', body: 'x' })
    expect(pageWithBody.status).toBe(413)
  })

  it('answers eight parallel unsigned 50 MB webhooks from their headers, never reading the bodies', async () => {
    const head = (length: number) =>
      [
        'POST /api/webhooks HTTP/1.1',
        `Host: 127.0.0.1:${t.port}`,
        'Content-Type: application/json',
        `Content-Length: ${length}`,
      ].join('\r\n')
    const huge = await Promise.all(
      Array.from({ length: 8 }, () => answerBeforeBody(t.port, head(50 * 1024 * 1024), '{')),
    )
    // Over any route's limit: refused from Content-Length alone.
    for (const line of huge) expect(line).toMatch(/^HTTP\/1\.1 413/)
    // Within the limit but unsigned: refused from the missing signature headers, body unread.
    const unsigned = await answerBeforeBody(t.port, head(200_000), '{')
    expect(unsigned).toMatch(/^HTTP\/1\.1 400/)
  })

  it('answers a signed 50 MB webhook 413 from its Content-Length, before reading it', async () => {
    const headers = signWebhook('whatever', testSecret)
    const head = [
      'POST /api/webhooks HTTP/1.1',
      `Host: 127.0.0.1:${t.port}`,
      'Content-Type: application/json',
      `x-timestamp: ${headers['x-timestamp']}`,
      `x-pinwheel-signature: ${headers['x-pinwheel-signature']}`,
      `Content-Length: ${50 * 1024 * 1024}`,
    ].join('\r\n')
    expect(await answerBeforeBody(t.port, head, '{')).toMatch(/^HTTP\/1\.1 413/)
  })
})

describe('hostile webhook bodies', () => {
  it('refuses a signed 50,000-deep array, and the inbox and its stream keep working', async () => {
    const deep = `{"event":"account.added","event_id":"evt-deep","payload":{"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`
    const refused = await postWebhook(signed(deep), deep)
    expect(refused.status).toBe(400)
    expect(refused.json.error.code).toBe('too_deep')
    const list = await sendHttp(t.port, { path: '/api/webhooks' })
    expect(list.status).toBe(200)
    expect(list.text).not.toContain('evt-deep')
    const good = webhookBody('evt-after-deep')
    const accepted = await postWebhook(signed(good), good)
    expect(accepted.status).toBe(200)
    const stream = await fetch(`http://127.0.0.1:${t.port}/api/webhooks/stream`)
    const reader = stream.body!.getReader()
    let text = ''
    while (!text.includes('evt-after-deep')) {
      const { value, done } = await reader.read()
      if (done) break
      text += new TextDecoder().decode(value)
    }
    await reader.cancel()
    expect(text).toContain('evt-after-deep')
  })

  it('verifies the signature over the raw bytes: a BOM is fine, bytes changed under the same text are not', async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(webhookBody('evt-bom')),
    ])
    const withBom = await postWebhook(signed(bom), bom)
    expect(withBom.status).toBe(200)

    // Two bodies whose invalid UTF-8 bytes decode to the same text (U+FFFD): signed over one,
    // the other must not pass.
    const [before, after] = ['"evt-bytes","payload":{"account_id":"a","n":"', '"}}'].map((s) =>
      new TextEncoder().encode(s),
    )
    const prefix = new TextEncoder().encode('{"event":"account.added","event_id":')
    const bytes = (odd: number) => new Uint8Array([...prefix, ...before!, odd, ...after!])
    const swapped = await postWebhook(signed(bytes(0xff)), bytes(0xfe))
    expect(swapped.status).toBe(400)
    expect(swapped.json.error.code).toBe('signatureMismatch')

    // Signed as sent but not UTF-8: a clear 400, nothing kept.
    const invalid = await postWebhook(signed(bytes(0xff)), bytes(0xff))
    expect(invalid.status).toBe(400)
    expect(invalid.json.error.code).toBe('invalid_webhook')
    const list = await sendHttp(t.port, { path: '/api/webhooks' })
    expect(list.text).toContain('evt-bom')
    expect(list.text).not.toContain('evt-bytes')
  })
})
