import type { BrowserCommand } from 'vitest/node'

/** What {@link mockApiRequest} answers: the status and the parsed JSON body (or `null`). */
export interface MockApiResponse {
  status: number
  body: unknown
}

/**
 * Browser command (runs in Node): calls the mock API without CORS, with the API secret, so tests
 * can create Link tokens and read accounts the way an app's server would.
 */
export const mockApiRequest: BrowserCommand<
  [
    request: {
      baseUrl: string
      method: 'GET' | 'POST'
      path: string
      secret?: string
      body?: unknown
    },
  ]
> = async (_context, { baseUrl, method, path, secret, body }): Promise<MockApiResponse> => {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: {
      'content-type': 'application/json',
      ...(secret ? { 'x-api-secret': secret } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null }
}
