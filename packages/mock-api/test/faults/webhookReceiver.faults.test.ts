import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  isWebhookSignatureError,
  type RunningMockPinwheelApi,
  signWebhook,
  startMockPinwheelApi,
  verifyWebhookSignature,
} from '../../src/index.js'

/**
 * A real webhook receiver on loopback that is down, comes back, and sometimes loses its answer
 * after processing (so Pinwheel-style at-least-once delivery sends the event again). It verifies
 * every delivery and dedupes on `event_id`, as the docs tell receivers to.
 */

const apiSecret = 'pw_sandbox_webhook_faults'
let server: RunningMockPinwheelApi
let receiver: Server | null = null
let port = 0

interface Delivery {
  rawBody: string
  headers: Record<string, string>
}
const arrived: Delivery[] = []
const processed = new Map<string, string>()
const rejected: string[] = []
let answered = 0

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => resolve(body))
    request.on('error', reject)
  })

function startReceiver(): Promise<void> {
  receiver = createServer(async (request, response) => {
    const rawBody = await readBody(request)
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([k, v]) => [k, String(v)]),
    )
    try {
      verifyWebhookSignature(rawBody, headers, apiSecret)
    } catch (error) {
      rejected.push(isWebhookSignatureError(error) ? error.code : String(error))
      response.writeHead(400).end()
      return
    }
    arrived.push({ rawBody, headers })
    const { event_id: eventId } = JSON.parse(rawBody) as { event_id: string }
    const first = !processed.has(eventId)
    if (first) processed.set(eventId, rawBody)
    // The answer to the first copy of every third event is lost after the work was done (a 500):
    // the sender must try again, and the receiver sees a duplicate.
    if (first) answered++
    response.writeHead(first && answered % 3 === 0 ? 500 : 200).end()
  })
  return new Promise((resolve) => receiver!.listen(port, '127.0.0.1', () => resolve()))
}

const stopReceiver = () =>
  new Promise<void>((resolve) => {
    if (!receiver) return resolve()
    receiver.closeAllConnections()
    receiver.close(() => resolve())
    receiver = null
  })

async function call(path: string, body: unknown, secret = true) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret ? { 'x-api-secret': apiSecret } : {}),
    },
    body: JSON.stringify(body),
  })
  // biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON answers
  return (await response.json()) as any
}

/** Connects one account through the sandbox Link endpoints and runs its jobs. */
async function connect(user: string) {
  const token = await call('/v1/link_tokens', {
    org_name: 'Webhook Faults',
    required_jobs: ['identity', 'employment'],
    end_user_id: user,
  })
  const session = await call('/internal/link/sessions', { link_token: token.data.token }, false)
  const id = session.data.session_id
  await call(
    `/internal/link/sessions/${id}/login`,
    {
      platform_id: 'plat_paycrest',
      employer_id: 'emp_acme_logistics',
      username: 'user_good',
      password: 'pass_good',
    },
    false,
  )
  for (const job of ['identity', 'employment'])
    await call(`/internal/link/sessions/${id}/jobs`, { job }, false)
}

beforeAll(async () => {
  // Reserve a port, then free it: the receiver is down until it listens there again.
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()))
  port = (probe.address() as AddressInfo).port
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  server = await startMockPinwheelApi({
    port: 0,
    apiSecret,
    allowPrivateWebhookUrls: true,
    webhookRetry: { initialDelayMs: 100, backoffFactor: 2, maxDelayMs: 1600, maxAttempts: 6 },
  })
})

afterAll(async () => {
  await stopReceiver()
  await server?.close()
})

describe('webhook delivery to a receiver that is down, then back, then flaky', () => {
  it('delivers every event, and after dedupe on event_id each is processed once', async () => {
    await call('/v1/webhooks', {
      url: `http://127.0.0.1:${port}/hooks`,
      enabled_events: ['account.added', 'identity.added', 'employment.added'],
      version: '2023-11-22',
    })
    const accounts = 5
    for (let i = 0; i < accounts; i++) await connect(`hooks-user-${i}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(arrived).toHaveLength(0)
    await startReceiver()
    await server.api.whenWebhooksIdle()

    const deliveries = server.api.webhookDeliveries()
    expect(deliveries).toHaveLength(accounts * 3)
    expect(deliveries.filter((d) => d.status !== 'delivered')).toEqual([])
    // The receiver was really down: early attempts failed without an answer.
    expect(deliveries.every((d) => d.attempts[0]?.status_code === null)).toBe(true)
    // And really lost answers: some events arrived more than once.
    expect(arrived.length).toBeGreaterThan(deliveries.length)
    expect([...processed.keys()].sort()).toEqual(deliveries.map((d) => d.event_id).sort())
    for (const copy of arrived) {
      const { event_id: eventId } = JSON.parse(copy.rawBody) as { event_id: string }
      expect(copy.rawBody).toBe(processed.get(eventId))
    }
    const events = [...processed.values()].map((body) => JSON.parse(body).event as string)
    expect(events.filter((e) => e === 'account.added')).toHaveLength(accounts)
    expect(rejected).toEqual([])
  }, 30_000)

  it('rejects a forged signature, a changed body and a replayed old delivery', async () => {
    const sample = arrived[0]
    expect(sample).toBeDefined()
    const before = arrived.length
    const post = (body: string, headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/hooks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      })
    const timestamp = Math.floor(Date.now() / 1000)
    const forged = signWebhook(sample!.rawBody, 'pw_sandbox_not_the_secret', timestamp)
    expect((await post(sample!.rawBody, forged)).status).toBe(400)
    const signed = signWebhook(sample!.rawBody, apiSecret, timestamp)
    expect((await post(sample!.rawBody.replace('"event"', '"event" '), signed)).status).toBe(400)
    const old = signWebhook(sample!.rawBody, apiSecret, timestamp - 3600)
    expect((await post(sample!.rawBody, old)).status).toBe(400)
    expect((await post(sample!.rawBody, {})).status).toBe(400)
    expect(rejected).toEqual([
      'signatureMismatch',
      'signatureMismatch',
      'staleTimestamp',
      'missingTimestamp',
    ])
    expect(arrived).toHaveLength(before)
  })
})
