import { createMockPinwheelApi } from '../src/createMockPinwheelApi.js'
import type { MockPinwheelApiOptions } from '../src/MockPinwheelApiOptions.js'
import type { PinwheelWebhookBody } from '../src/webhooks/webhookEvents.js'

/** A webhook request the fake receiver got. */
export interface ReceivedWebhook {
  url: string
  headers: Headers
  rawBody: string
  body: PinwheelWebhookBody
}

export const testSecret = 'pw_sandbox_unit_tests'
export const start = new Date('2025-03-14T15:00:00.000Z')

/** Bank details for a direct deposit switch token (`account_type`, routing and account number). */
export const depositAccount = {
  account_type: 'checking',
  routing_number: '074647550',
  account_number: '193464372203',
}

/**
 * A mock API on a fake clock, with a fake webhook receiver registered for every event. The
 * receiver answers with `receiverStatus(n)` for its n-th request (1-based).
 */
export async function createTestApi(options: MockPinwheelApiOptions = {}) {
  let now = new Date(start)
  const received: ReceivedWebhook[] = []
  const receiver = {
    status: (_attempt: number): number => 200,
  }
  const webhookFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const rawBody = String(init?.body)
    received.push({
      url: String(input),
      headers: new Headers(init?.headers),
      rawBody,
      body: JSON.parse(rawBody),
    })
    return new Response(null, { status: receiver.status(received.length) })
  }) as typeof fetch
  const api = createMockPinwheelApi({
    clock: () => now,
    apiSecret: testSecret,
    webhookFetch,
    webhookRetry: { initialDelayMs: 1, maxDelayMs: 4, maxAttempts: 4 },
    ...options,
  })

  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers
  const call = async <T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Headers; json: T }> => {
    const init: RequestInit = { method, headers: { 'x-api-secret': testSecret, ...headers } }
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body)
      init.headers = { 'content-type': 'application/json', ...init.headers }
    }
    const response = await api.fetch(new Request(`http://mock.test${path}`, init))
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      json: text ? JSON.parse(text) : null,
    }
  }

  const createToken = async (body: Record<string, unknown> = {}) => {
    const res = await call('POST', '/v1/link_tokens', {
      org_name: 'Acme Lending',
      required_jobs: ['identity', 'employment', 'income', 'paystubs', 'shifts'],
      end_user_id: 'user-123',
      ...body,
    })
    if (res.status !== 200) throw new Error(`token: ${res.status} ${JSON.stringify(res.json)}`)
    return res.json.data as { id: string; token: string; expires: string; mode: string }
  }

  const redeem = (token: string) => call('POST', '/internal/link/sessions', { link_token: token })

  /** Runs `job` in a logged-in session (`POST /internal/link/sessions/:id/jobs`). */
  const runJob = (sessionId: string, job: string, allocation?: unknown) =>
    call('POST', `/internal/link/sessions/${sessionId}/jobs`, {
      job,
      ...(allocation === undefined ? {} : { allocation }),
    })

  /** Connects an account through the internal Link endpoints and runs the token's jobs. */
  const connect = async (
    options: { username?: string; tokenBody?: Record<string, unknown>; runJobs?: boolean } = {},
  ) => {
    const token = await createToken(options.tokenBody)
    const session = (await redeem(token.token)).json.data
    const platformId = 'plat_paycrest'
    const login = await call('POST', `/internal/link/sessions/${session.session_id}/login`, {
      platform_id: platformId,
      employer_id: 'emp_acme_logistics',
      username: options.username ?? 'user_good',
      password: 'pass_good',
      ...(options.username === 'user_mfa' ? { mfa_code: 'mfa_code' } : {}),
    })
    if (login.json?.data?.status !== 'logged_in')
      throw new Error(`login: ${JSON.stringify(login.json)}`)
    if (options.runJobs !== false) {
      for (const job of session.jobs as string[]) {
        await runJob(
          session.session_id,
          job,
          job === 'direct_deposit_switch' ? { action: 'full_switch' } : undefined,
        )
      }
    }
    return {
      accountId: login.json.data.account_id as string,
      sessionId: session.session_id as string,
      token,
    }
  }

  const subscribeAll = async (url = 'https://receiver.test/hooks') => {
    const res = await call('POST', '/v1/webhooks', {
      url,
      enabled_events: [
        'account.added',
        'account.monitoring_status.updated',
        'direct_deposit_switch.added',
        'direct_deposit_allocations.added',
        'employment.added',
        'identity.added',
        'income.added',
        'paystubs.added',
        'shifts.added',
        'tax_forms.added',
      ],
      version: '2023-11-22',
    })
    return res.json.data as { id: string }
  }

  return {
    api,
    call,
    createToken,
    redeem,
    runJob,
    connect,
    subscribeAll,
    received,
    receiver,
    now: () => now,
    advance(ms: number) {
      now = new Date(now.getTime() + ms)
    },
    /** Webhooks received so far, after every pending delivery settled. */
    async settled() {
      await api.whenWebhooksIdle()
      return received
    },
  }
}
