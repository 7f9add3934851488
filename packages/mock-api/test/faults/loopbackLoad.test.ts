import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningMockPinwheelApi, startMockPinwheelApi } from '../../src/index.js'

/** Concurrent load over real loopback HTTP: every request answered, every account kept. */

const apiSecret = 'pw_sandbox_load_tests'
const total = 2000
const concurrency = 50

/** Runs `work` for every item with at most `limit` running at once; results in input order. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
let server: RunningMockPinwheelApi
let sent = 0

async function call(method: string, path: string, body?: unknown, secret = true) {
  sent++
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(secret ? { 'x-api-secret': apiSecret } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  // biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON answers
  return { status: response.status, json: (await response.json()) as any }
}

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))

beforeAll(async () => {
  server = await startMockPinwheelApi({ port: 0, apiSecret })
})

afterAll(async () => {
  await server?.close()
  console.info(`[load] ${sent} HTTP requests sent to the mock API over loopback`)
})

describe('the mock API under concurrent load', () => {
  it(`answers ${total} token requests at concurrency ${concurrency} with 0 errors, then keeps all ${total} accounts they connect`, async () => {
    const users = Array.from({ length: total }, (_, i) => `load-user-${i}`)
    const latencies: number[] = []
    const started = performance.now()
    const tokens = await pool(users, concurrency, async (user) => {
      const t0 = performance.now()
      const answer = await call('POST', '/v1/link_tokens', {
        org_name: 'Load Test',
        required_jobs: ['identity'],
        end_user_id: user,
      })
      latencies.push(performance.now() - t0)
      return answer
    })
    const elapsed = performance.now() - started
    expect(tokens.filter((t) => t.status !== 200)).toEqual([])
    const sorted = latencies.sort((a, b) => a - b)
    // Figures for the notes only (speed is measured by benches, not asserted in tests).
    console.info(
      `[load] ${total} link tokens at concurrency ${concurrency}: 0 errors, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, ${(total / (elapsed / 1000)).toFixed(0)} req/s`,
    )
    const ids = new Set(tokens.map((t) => t.json.data.id))
    expect(ids.size).toBe(total)
    tokens.forEach((t, i) => {
      expect(claimsOf(t.json.data.token)).toMatchObject({
        link_token_id: t.json.data.id,
        end_user_id: users[i],
        mode: 'sandbox',
      })
    })

    // Every token redeemed and logged in: each login creates one account.
    const logins = await pool(tokens, concurrency, async (t) => {
      const session = await call(
        'POST',
        '/internal/link/sessions',
        { link_token: t.json.data.token },
        false,
      )
      expect(session.status).toBe(200)
      const login = await call(
        'POST',
        `/internal/link/sessions/${session.json.data.session_id}/login`,
        {
          platform_id: 'plat_paycrest',
          employer_id: 'emp_acme_logistics',
          username: 'user_good',
          password: 'pass_good',
        },
        false,
      )
      expect(login.json.data).toMatchObject({ status: 'logged_in' })
      return login.json.data.account_id as string
    })
    expect(new Set(logins).size).toBe(total)

    const listed: { id: string; end_user_id: string }[] = []
    let cursor: string | null = null
    do {
      const page = await call('GET', `/v1/accounts?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.status).toBe(200)
      listed.push(...page.json.data)
      cursor = page.json.meta.next_cursor
    } while (cursor)
    expect(listed).toHaveLength(total)
    expect(new Set(listed.map((a) => a.id))).toEqual(new Set(logins))
    expect(new Set(listed.map((a) => a.end_user_id))).toEqual(new Set(users))
  }, 120_000)
})
