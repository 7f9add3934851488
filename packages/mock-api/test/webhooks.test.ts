import { describe, expect, it } from 'vitest'
import { verifyWebhookSignature } from '../src/webhooks/verifyWebhookSignature.js'
import { createTestApi, testSecret } from './createTestApi.js'

describe('POST /v1/webhooks', () => {
  it('registers a webhook and lists, reads and deletes it', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/webhooks', {
      url: 'https://receiver.test/hooks',
      enabled_events: ['account.added', 'paystubs.added'],
      version: '2023-11-22',
    })
    expect(res.json.data).toEqual({
      id: expect.any(String),
      url: 'https://receiver.test/hooks',
      status: 'active',
      enabled_events: ['account.added', 'paystubs.added'],
      version: '2023-11-22',
      created_at: '2025-03-14T15:00:00.000+00:00',
      last_updated: '2025-03-14T15:00:00.000+00:00',
    })
    const id = res.json.data.id
    expect((await t.call('GET', '/v1/webhooks')).json.data).toHaveLength(1)
    expect((await t.call('GET', `/v1/webhooks/${id}`)).json.data.id).toBe(id)
    expect((await t.call('DELETE', `/v1/webhooks/${id}`)).json).toEqual({})
    expect((await t.call('GET', `/v1/webhooks/${id}`)).status).toBe(404)
    expect((await t.call('DELETE', `/v1/webhooks/${id}`)).status).toBe(404)
  })

  it('rejects a bad url and unknown events, field by field', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/webhooks', {
      url: 'ftp://x',
      enabled_events: ['account.deleted'],
    })
    expect(res.status).toBe(400)
    expect(res.json.error.fields.map((f: { name: string }) => f.name)).toEqual([
      'url',
      'enabled_events.0',
      'version',
    ])
  })

  it('needs the API secret', async () => {
    const t = await createTestApi()
    const res = await t.call('GET', '/v1/webhooks', undefined, { 'x-api-secret': 'nope' })
    expect(res.status).toBe(401)
  })
})

describe('webhook delivery', () => {
  it('posts {event, event_id, payload} signed with the API secret, only for subscribed events', async () => {
    const t = await createTestApi()
    const hook = await t.call('POST', '/v1/webhooks', {
      url: 'https://receiver.test/a',
      version: '2023-11-22',
      enabled_events: ['income.added'],
    })
    await t.call('POST', '/v1/webhooks', {
      url: 'https://receiver.test/paused',
      status: 'paused',
      version: '2023-11-22',
      enabled_events: ['income.added'],
    })
    await t.connect({ tokenBody: { required_jobs: ['income', 'identity'] } })
    const received = await t.settled()
    expect(received).toHaveLength(1)
    const [delivery] = received
    expect(delivery?.url).toBe('https://receiver.test/a')
    expect(Object.keys(delivery?.body ?? {})).toEqual(['event', 'event_id', 'payload'])
    expect(delivery?.body.event).toBe('income.added')
    expect(delivery?.headers.get('x-pinwheel-webhook-id')).toBe(hook.json.data.id)
    expect(delivery?.headers.get('x-timestamp')).toBe(String(t.now().getTime() / 1000))
    const verified = verifyWebhookSignature(
      delivery?.rawBody ?? '',
      delivery?.headers ?? new Headers(),
      testSecret,
      { now: t.now() },
    )
    expect(verified.webhookId).toBe(hook.json.data.id)
  })

  it('retries a failing receiver with growing delays and the same event_id, so the receiver can dedupe', async () => {
    const t = await createTestApi({
      webhookRetry: { initialDelayMs: 10, backoffFactor: 2, maxAttempts: 5 },
    })
    const hook = await t.call('POST', '/v1/webhooks', {
      url: 'https://receiver.test/flaky',
      version: '2023-11-22',
      enabled_events: ['account.added'],
    })
    // The receiver processes every request but its first two answers are lost (503).
    t.receiver.status = (n) => (n <= 2 ? 503 : 200)
    const started = Date.now()
    const processed = new Set<string>()
    let duplicates = 0
    const { accountId } = await t.connect({ runJobs: false })
    const received = await t.settled()
    for (const r of received) {
      if (processed.has(r.body.event_id)) duplicates++
      processed.add(r.body.event_id)
    }
    expect(received).toHaveLength(3)
    expect(new Set(received.map((r) => r.body.event_id)).size).toBe(1)
    expect(received.map((r) => r.rawBody)).toEqual(Array(3).fill(received[0]?.rawBody))
    expect(duplicates).toBe(2)
    expect(processed.size).toBe(1)
    const [delivery] = t.api.webhookDeliveries({ webhookId: hook.json.data.id })
    expect(delivery?.status).toBe('delivered')
    expect(delivery?.attempts.map((a) => a.status_code)).toEqual([503, 503, 200])
    expect(received[0]?.body.payload).toMatchObject({ account_id: accountId })
    expect(Date.now() - started).toBeGreaterThanOrEqual(10 + 20 - 2)
  })

  it('gives up after maxAttempts and reports the delivery as failed', async () => {
    const t = await createTestApi({ webhookRetry: { initialDelayMs: 1, maxAttempts: 4 } })
    const hook = await t.call('POST', '/v1/webhooks', {
      url: 'https://receiver.test/down',
      version: '2023-11-22',
      enabled_events: ['account.added'],
    })
    t.receiver.status = () => 500
    await t.connect({ runJobs: false })
    expect(await t.settled()).toHaveLength(4)
    const log = await t.call('GET', `/v1/webhooks/${hook.json.data.id}/deliveries`)
    expect(log.json.data).toHaveLength(1)
    expect(log.json.data[0]).toMatchObject({ event: 'account.added', status: 'failed' })
    expect(log.json.data[0].attempts).toHaveLength(4)
  })

  it('records a network error and retries after it', async () => {
    let calls = 0
    const t = await createTestApi({
      webhookFetch: (async () => {
        calls++
        if (calls === 1) throw new TypeError('fetch failed')
        return new Response('ok')
      }) as typeof fetch,
    })
    await t.subscribeAll()
    await t.connect({ runJobs: false })
    await t.api.whenWebhooksIdle()
    const [delivery] = t.api.webhookDeliveries()
    expect(delivery?.status).toBe('delivered')
    expect(delivery?.attempts).toEqual([
      { attempted_at: expect.any(String), status_code: null, error: 'TypeError: fetch failed' },
      { attempted_at: expect.any(String), status_code: 200, error: null },
    ])
  })

  it('answers 404 for the deliveries of an unknown webhook', async () => {
    const t = await createTestApi()
    expect((await t.call('GET', '/v1/webhooks/nope/deliveries')).status).toBe(404)
  })

  it('stops retrying once closed', async () => {
    const t = await createTestApi({ webhookRetry: { initialDelayMs: 60_000, maxAttempts: 3 } })
    await t.subscribeAll()
    t.receiver.status = () => 500
    await t.connect({ runJobs: false })
    await new Promise((resolve) => setTimeout(resolve, 5))
    t.api.close()
    await t.api.whenWebhooksIdle()
    expect(t.received).toHaveLength(1)
    expect(t.api.webhookDeliveries()[0]?.status).toBe('cancelled')
  })
})
