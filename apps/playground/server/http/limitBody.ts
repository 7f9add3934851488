import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { playgroundError } from '../PlaygroundApiError'

/**
 * Refuses bodies over `maxBytes` with 413 in Pinwheel's error shape: at once when `content-length`
 * says so, else as soon as the streamed body passes the limit (nothing past it is kept).
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json(
        playgroundError(
          413,
          'INVALID_REQUEST_PARAMETERS',
          'payload_too_large',
          `The body is larger than this route's limit of ${maxBytes} bytes.`,
        ),
        413,
      ),
  })
}
