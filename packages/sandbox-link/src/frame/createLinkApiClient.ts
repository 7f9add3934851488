import type {
  CreateLinkSessionResponse,
  JobAllocation,
  LinkJobResponse,
  LinkLoginRequest,
  LinkLoginResponse,
  LinkSession,
  PinwheelError,
} from '../protocol/linkApi.js'

/** The outcome of an internal API call: its data, or the `PinwheelError` to show. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: PinwheelError }

/** Calls to the mock API's internal Link endpoints (same origin as the frame). */
export interface LinkApiClient {
  createSession(linkToken: string): Promise<ApiResult<LinkSession>>
  login(sessionId: string, body: LinkLoginRequest): Promise<ApiResult<LinkLoginResponse['data']>>
  runJob(
    sessionId: string,
    job: string,
    allocation?: JobAllocation,
  ): Promise<ApiResult<LinkJobResponse['data']>>
  exit(sessionId: string, reason: string): Promise<void>
}

function networkError(message: string): PinwheelError {
  return { type: 'networkError', code: 'networkError', message, pendingRetry: false }
}

/** Creates the client; `baseUrl` is the Link origin (`location.origin` in the frame). */
export function createLinkApiClient(baseUrl: string): LinkApiClient {
  const post = async <T>(path: string, body: unknown): Promise<ApiResult<T>> => {
    let response: Response
    try {
      response = await fetch(new URL(path, baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    } catch (error) {
      return { ok: false, error: networkError(`Could not reach Link: ${String(error)}`) }
    }
    const json = (await response.json().catch(() => undefined)) as
      | { data?: T; error?: PinwheelError }
      | undefined
    if (response.ok && json?.data !== undefined) return { ok: true, data: json.data }
    if (json?.error && typeof json.error.type === 'string') return { ok: false, error: json.error }
    return {
      ok: false,
      error: {
        type: 'systemError',
        code: 'systemError',
        message: `Link API answered ${response.status}`,
        pendingRetry: false,
      },
    }
  }
  const session = (id: string) => `/internal/link/sessions/${encodeURIComponent(id)}`

  return {
    createSession: (linkToken) =>
      post<CreateLinkSessionResponse['data']>('/internal/link/sessions', { link_token: linkToken }),
    login: (sessionId, body) =>
      post<LinkLoginResponse['data']>(`${session(sessionId)}/login`, body),
    runJob: (sessionId, job, allocation) =>
      post<LinkJobResponse['data']>(
        `${session(sessionId)}/jobs`,
        allocation ? { job, allocation } : { job },
      ),
    exit: async (sessionId, reason) => {
      // Bookkeeping only: closing must never wait on or fail because of it.
      await fetch(new URL(`${session(sessionId)}/exit`, baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason }),
        keepalive: true,
      }).catch(() => undefined)
    },
  }
}
