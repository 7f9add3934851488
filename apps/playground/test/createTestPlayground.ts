import { createMockPinwheelApi, signWebhook } from '@linkwheel/mock-api'
import { createPlaygroundBackend } from '../server/createPlaygroundBackend'
import { openTestDatabase } from './openTestDatabase'

/** A secret shaped like a real one, so a leak is easy to spot in any answer. */
export const testSecret = 'pw_sandbox_playground_tests_4b1d9c'

const webhookUrl = 'http://playground.test/api/webhooks'

/** The origin the test page calls from. */
export const testOrigin = 'http://playground.test'

/**
 * The playground backend wired in-process to a mock Pinwheel API and an in-memory embedded database
 * (emptied for each call): the backend's fetch goes to the mock's fetch handler, the mock delivers
 * webhooks to the backend's `/api/webhooks`, and `call` is the page (JSON from `testOrigin`).
 */
export async function createTestPlayground(
  options: { mockDown?: boolean; backendSecret?: string } = {},
) {
  let backendApi: { fetch: (request: Request) => Response | Promise<Response> } | undefined
  let inboxDown = false
  const mockOptions = {
    apiSecret: testSecret,
    allowPrivateWebhookUrls: true,
    webhookRetry: { initialDelayMs: 1, maxDelayMs: 4, maxAttempts: 4 },
    webhookFetch: (async (input: string | URL | Request, init?: RequestInit) => {
      if (!backendApi) throw new Error('backend not ready')
      if (inboxDown) throw new TypeError('fetch failed (the receiver is down)')
      return backendApi.fetch(new Request(input, init))
    }) as typeof fetch,
  }
  const mock = createMockPinwheelApi(mockOptions)
  const db = await openTestDatabase()
  const backend = createPlaygroundBackend({
    db,
    allowedOrigins: [testOrigin],
    pinwheelApiUrl: options.mockDown ? 'http://127.0.0.1:9' : 'http://mock.test',
    apiSecret: options.backendSecret ?? testSecret,
    scriptUrl: 'http://mock.test/link/pinwheel.js',
    webhookUrl,
    ...(options.mockDown
      ? {}
      : {
          fetch: ((input: string | URL | Request, init?: RequestInit) =>
            mock.fetch(new Request(input, init))) as typeof fetch,
        }),
  })
  backendApi = backend.api

  /** Calls the playground's `/api` and returns status, raw text and parsed JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers
  const call = async <T = any>(method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await backend.api.fetch(
      new Request(`http://playground.test${path}`, {
        method,
        ...(body === undefined
          ? {}
          : {
              body: typeof body === 'string' ? body : JSON.stringify(body),
              headers: { 'content-type': 'application/json', origin: testOrigin },
            }),
      }),
    )
    const text = await response.text()
    let json: T | null = null
    try {
      json = text ? (JSON.parse(text) as T) : null
    } catch {
      json = null
    }
    return { status: response.status, text, json: json as T }
  }

  /** Simulates the sandbox frame: redeems a token, logs in, runs the token's jobs. */
  const runLink = async (token: string, login: Record<string, unknown> = {}) => {
    const frame = async (path: string, body: unknown) => {
      const response = await mock.fetch(
        new Request(`http://mock.test${path}`, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        }),
      )
      // biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON
      return { status: response.status, json: (await response.json()) as any }
    }
    const session = await frame('/internal/link/sessions', { link_token: token })
    if (session.status !== 200) return { session, login: null, jobs: [] }
    const id = session.json.data.session_id as string
    const loggedIn = await frame(`/internal/link/sessions/${id}/login`, {
      platform_id: 'plat_paycrest',
      employer_id: 'emp_acme_logistics',
      username: 'user_good',
      password: 'pass_good',
      ...login,
    })
    const jobs = []
    if (loggedIn.json.data?.status === 'logged_in') {
      for (const job of session.json.data.jobs as string[]) {
        jobs.push(
          await frame(`/internal/link/sessions/${id}/jobs`, {
            job,
            ...(job === 'direct_deposit_switch' ? { allocation: { action: 'full_switch' } } : {}),
          }),
        )
      }
    }
    await mock.whenWebhooksIdle()
    return { session, login: loggedIn, jobs }
  }

  /** Posts `webhook` to the backend's `/api/webhooks`, signed with `secret` as Pinwheel signs it. */
  const deliverWebhook = (webhook: object, secret = testSecret) => {
    const body = JSON.stringify(webhook)
    return backend.api.fetch(
      new Request(webhookUrl, {
        method: 'POST',
        body,
        headers: { ...signWebhook(body, secret), 'content-type': 'application/json' },
      }),
    )
  }

  /** A Link token for `jobs` with no deposit target, asked for as the page asks. */
  const linkToken = async (jobs: string[]): Promise<string> =>
    (await call('POST', '/api/link-token', { ...switchOptions, jobs, deposit: undefined })).json
      .data.token

  /** While `true`, every webhook delivery fails as if the receiver were down. */
  const setInboxDown = (down: boolean) => {
    inboxDown = down
  }

  return { mock, backend, db, call, runLink, linkToken, deliverWebhook, setInboxDown, webhookUrl }
}

/** Token options of a direct deposit switch plus identity for `end_user_demo`. */
export const switchOptions = {
  jobs: ['direct_deposit_switch', 'identity'],
  end_user_id: 'end_user_demo',
  language: 'en',
  skip_intro_screen: false,
  deposit: { account_type: 'checking', routing_number: '021000021', account_number: '9876543210' },
}
