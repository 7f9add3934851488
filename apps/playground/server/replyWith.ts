import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { type PinwheelClient, PinwheelUnavailableError } from './createPinwheelClient'
import { type PlaygroundErrorBody, playgroundError } from './PlaygroundApiError'

/** The 502 body sent when the mock API is down, with the message saying how to bring it back. */
export function unavailableBody(error: PinwheelUnavailableError): PlaygroundErrorBody {
  return playgroundError(502, 'MOCK_API_UNAVAILABLE', 'mock_api_unreachable', error.message)
}

/**
 * Forwards one request to the Pinwheel API and answers with its status and body (Pinwheel's
 * error shape passes through); a mock API that is down becomes a clear 502.
 */
export async function replyWith(
  c: Context,
  client: PinwheelClient,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<Response> {
  try {
    const reply = await client.request(method, path, body)
    if (reply.status === 204 || reply.body === null) return c.body(null, reply.status as 204)
    return c.json(reply.body as object, reply.status as ContentfulStatusCode)
  } catch (error) {
    if (error instanceof PinwheelUnavailableError) return c.json(unavailableBody(error), 502)
    throw error
  }
}
