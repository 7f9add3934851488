import type { Context } from 'hono'
import { playgroundError } from '../PlaygroundApiError'

const jsonContentType = /^application\/json\s*(;|$)/i

/**
 * Answers 415 in Pinwheel's error shape, with `hint` as the message, when the request's
 * `content-type` is not JSON (`application/json`, any parameters); `undefined` when it is.
 */
export function refuseNonJson(c: Context, hint: string): Response | undefined {
  if (jsonContentType.test(c.req.header('content-type')?.trim() ?? '')) return undefined
  return c.json(
    playgroundError(415, 'INVALID_REQUEST_PARAMETERS', 'unsupported_media_type', hint),
    415,
  )
}
