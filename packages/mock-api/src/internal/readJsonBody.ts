import type { Context } from 'hono'
import { apiError } from './apiError.js'

/** The request's JSON body, or the 400 `MALFORMED_BODY` answer to send instead. */
export async function readJsonBody(
  c: Context,
): Promise<{ body: unknown } | { response: Response }> {
  const text = await c.req.text()
  try {
    return { body: JSON.parse(text) as unknown }
  } catch {
    return {
      response: apiError(
        c,
        400,
        'INVALID_REQUEST_PARAMETERS',
        'MALFORMED_BODY',
        'The body is not valid JSON: send a JSON object with content-type: application/json.',
      ),
    }
  }
}
