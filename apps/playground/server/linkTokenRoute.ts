import type { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { buildLinkTokenRequest } from './buildLinkTokenRequest'
import { type PinwheelClient, PinwheelUnavailableError } from './createPinwheelClient'
import { type PlaygroundErrorBody, playgroundError } from './PlaygroundApiError'
import { readJsonBody } from './readJsonBody'
import { unavailableBody } from './replyWith'

/** Options of {@link linkTokenRoute}. */
export interface LinkTokenRouteOptions {
  /** Talks to Pinwheel with the secret. */
  client: PinwheelClient
  /** `org_name` of every token. */
  orgName: string
  /** Called after each token Pinwheel issued (e.g. to make sure webhooks are registered). */
  onTokenCreated?: () => void
}

/**
 * Pinwheel names a rejected field `name` (`fields: [{name, message}]`); older answers and this
 * backend's own checks say `field`. The page reads `field`: both are given.
 */
function withFieldNames(body: PlaygroundErrorBody): PlaygroundErrorBody {
  const fields = body.error.fields as
    | { field?: unknown; name?: unknown; message?: unknown }[]
    | undefined
  if (!Array.isArray(fields)) return body
  return {
    error: {
      ...body.error,
      fields: fields.map((item) => {
        const field = typeof item?.name === 'string' ? item.name : String(item?.field ?? '')
        return { field, name: field, message: String(item?.message ?? '') }
      }),
    },
  }
}

/**
 * `POST /link-token`: creates a Link token with Pinwheel from the page's options and answers
 * `{ data: { token, expires, id, mode } }`. Pinwheel's errors pass through in its shape; a mock API
 * that is down answers 502 with a message saying how to start it.
 */
export function linkTokenRoute(app: Hono, options: LinkTokenRouteOptions): void {
  app.post('/link-token', async (c) => {
    const input = await readJsonBody(c)
    const request = buildLinkTokenRequest(input, options.orgName)
    if (!request.ok) {
      const body = playgroundError(
        400,
        'INVALID_REQUEST_PARAMETERS',
        'invalid_request_parameters',
        `Fix these options: ${request.fields.map((f) => `${f.field} (${f.message})`).join('; ')}`,
      )
      body.error.fields = request.fields
      return c.json(body, 400)
    }
    try {
      const reply = await options.client.request('POST', '/v1/link_tokens', request.body)
      const answer = reply.body as { data?: { token?: unknown } } | PlaygroundErrorBody | null
      if (
        reply.status === 200 &&
        answer &&
        'data' in answer &&
        typeof answer.data?.token === 'string'
      ) {
        options.onTokenCreated?.()
        return c.json(answer, 200)
      }
      if (answer && 'error' in answer && typeof answer.error?.message === 'string') {
        return c.json(withFieldNames(answer), reply.status as ContentfulStatusCode)
      }
      return c.json(
        playgroundError(
          502,
          'UNKNOWN_ERROR',
          'unexpected_answer',
          `Pinwheel answered HTTP ${reply.status} without a token or an error: is MOCK_API_PORT pointing at the mock API?`,
        ),
        502,
      )
    } catch (error) {
      if (error instanceof PinwheelUnavailableError) return c.json(unavailableBody(error), 502)
      throw error
    }
  })
}
