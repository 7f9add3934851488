import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createMockPinwheelApi } from '../src/createMockPinwheelApi.js'
import { retryPolicy } from '../src/webhooks/retryPolicy.js'
import { createTestApi } from './createTestApi.js'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})

/** A loopback HTTP server answering with `handler`, counting requests. */
async function listen(
  handler: (url: string) => { status: number; headers?: Record<string, string> },
) {
  const hits: string[] = []
  const server = createServer((req, res) => {
    hits.push(req.url ?? '')
    const answer = handler(req.url ?? '')
    req.resume()
    res.writeHead(answer.status, answer.headers).end()
  })
  servers.push(server)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits }
}

const fast = { initialDelayMs: 5, maxDelayMs: 20, maxAttempts: 6 }

/** Connects an account while the receiver answers every delivery with `status`; the delivery of account.added. */
async function deliverAccountAdded(status: number) {
  const t = await createTestApi({ webhookRetry: fast })
  await t.subscribeAll()
  t.receiver.status = () => status
  await t.connect({ runJobs: false })
  await t.settled()
  return t.api.webhookDeliveries()[0]
}

describe('webhook retries, as Pinwheel retries', () => {
  it.each([400, 401, 404, 410, 422])(
    'does not retry a %i answer: the delivery fails after one attempt',
    async (status) => {
      const delivery = await deliverAccountAdded(status)
      expect(delivery?.status).toBe('failed')
      expect(delivery?.attempts.map((a) => a.status_code)).toEqual([status])
    },
  )

  it.each([500, 502, 503, 504])('retries a %i answer, at most 5 times', async (status) => {
    const delivery = await deliverAccountAdded(status)
    expect(delivery?.status).toBe('failed')
    expect(delivery?.attempts).toHaveLength(6)
  })

  it('retries a receiver that does not answer within the timeout', async () => {
    let calls = 0
    const t = await createTestApi({
      webhookTimeoutMs: 30,
      webhookFetch: ((_url: string, init: RequestInit) => {
        calls++
        if (calls > 1) return Promise.resolve(new Response(null, { status: 204 }))
        return new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        )
      }) as typeof fetch,
    })
    await t.subscribeAll()
    await t.connect({ runJobs: false })
    await t.settled()
    const [delivery] = t.api.webhookDeliveries()
    expect(delivery?.status).toBe('delivered')
    expect(delivery?.attempts[0]).toMatchObject({
      status_code: null,
      error: expect.stringMatching(/Timeout/),
    })
  })

  it('defaults to a 15 s timeout and 6 attempts within 15 minutes, and refuses a policy beyond', () => {
    expect(() => createMockPinwheelApi({ webhookRetry: { maxAttempts: 7 } })).toThrow(
      /at most 5 times/,
    )
    expect(() => createMockPinwheelApi({ webhookRetry: { windowMs: 20 * 60_000 } })).toThrow(
      /15 minutes/,
    )
  })

  it('stops retrying when the next wait would pass the retry window', async () => {
    const t = await createTestApi({
      webhookRetry: { initialDelayMs: 40, backoffFactor: 1, maxAttempts: 6, windowMs: 100 },
    })
    await t.subscribeAll()
    t.receiver.status = () => 503
    await t.connect({ runJobs: false })
    await t.settled()
    const attempts = t.api.webhookDeliveries()[0]?.attempts.length ?? 0
    expect(attempts).toBeGreaterThanOrEqual(2)
    expect(attempts).toBeLessThan(6)
  })

  it('never follows a redirect: the signed body does not reach the redirect target', async () => {
    const target = await listen(() => ({ status: 200 }))
    const receiver = await listen(() => ({
      status: 307,
      headers: { location: `${target.url}/stolen` },
    }))
    const live = createMockPinwheelApi({ allowPrivateWebhookUrls: true, webhookRetry: fast })
    await live.fetch(
      new Request('http://mock.test/v1/webhooks', {
        method: 'POST',
        headers: { 'x-api-secret': live.apiSecret, 'content-type': 'application/json' },
        body: JSON.stringify({
          url: `${receiver.url}/hooks`,
          enabled_events: ['account.added'],
          version: '2025-07-08',
        }),
      }),
    )
    const post = (path: string, body: unknown) =>
      live.fetch(
        new Request(`http://mock.test${path}`, {
          method: 'POST',
          headers: { 'x-api-secret': live.apiSecret, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      )
    const token = (await (
      await post('/v1/link_tokens', {
        org_name: 'Acme',
        required_jobs: ['income'],
        end_user_id: 'u',
      })
    ).json()) as { data: { token: string } }
    const session = (await (
      await post('/internal/link/sessions', { link_token: token.data.token })
    ).json()) as { data: { session_id: string } }
    await post(`/internal/link/sessions/${session.data.session_id}/login`, {
      platform_id: 'plat_paycrest',
      username: 'user_good',
      password: 'pass_good',
    })
    await live.whenWebhooksIdle()
    expect(receiver.hits).toEqual(['/hooks'])
    expect(target.hits).toEqual([])
    const [delivery] = live.webhookDeliveries()
    expect(delivery).toMatchObject({
      status: 'failed',
      attempts: [{ status_code: 307, error: expect.stringMatching(/redirect not followed/) }],
    })
    live.close()
  })
})

describe('deleting a webhook', () => {
  it('cancels its pending retries', async () => {
    const t = await createTestApi({ webhookRetry: { initialDelayMs: 50, maxAttempts: 6 } })
    const hook = await t.subscribeAll()
    t.receiver.status = () => 503
    await t.connect({ runJobs: false })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect((await t.call('DELETE', `/v1/webhooks/${hook.id}`)).status).toBe(200)
    await t.settled()
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(t.received).toHaveLength(1)
    expect(t.api.webhookDeliveries()[0]?.status).toBe('cancelled')
  })
})

describe('listing and redelivering', () => {
  it('lists a webhook’s deliveries and redelivers a failed one with the same event_id and body', async () => {
    const t = await createTestApi({ webhookRetry: { initialDelayMs: 1, maxAttempts: 2 } })
    const hook = await t.subscribeAll()
    t.receiver.status = () => 503
    await t.connect({ runJobs: false })
    await t.settled()
    const list = await t.call('GET', `/v1/webhooks/${hook.id}/deliveries`)
    expect(list.json.meta.count).toBe(1)
    const [failed] = list.json.data
    expect(failed).toMatchObject({ status: 'failed', event: 'account.added' })
    t.receiver.status = () => 200
    const again = await t.call('POST', `/v1/webhooks/${hook.id}/deliveries/${failed.id}/redeliver`)
    expect(again.status).toBe(200)
    await t.settled()
    const [done] = t.api.webhookDeliveries({ webhookId: hook.id })
    expect(done?.status).toBe('delivered')
    expect(done?.attempts.map((a) => a.status_code)).toEqual([503, 503, 200])
    const bodies = t.received.map((r) => r.rawBody)
    expect(new Set(bodies).size).toBe(1)
    expect(t.api.redeliverWebhook('unknown')).toBeUndefined()
  })
})

describe('the default retry policy', () => {
  it('makes at most 5 retries, all scheduled within 15 minutes of the first attempt', () => {
    const policy = retryPolicy()
    expect(policy.maxAttempts).toBe(6)
    expect(policy.windowMs).toBe(15 * 60_000)
    let wait = policy.initialDelayMs
    let total = 0
    for (let retry = 1; retry < policy.maxAttempts; retry++) {
      total += Math.min(wait, policy.maxDelayMs)
      wait *= policy.backoffFactor
    }
    // Each attempt may also take up to the 15 s timeout.
    expect(total + 5 * 15_000).toBeLessThanOrEqual(policy.windowMs)
  })
})
