import type { MiddlewareHandler } from 'hono'
import { apiError } from './apiError.js'

/**
 * Accepts the optional `Pinwheel-Version` header (a `YYYY-MM-DD` API version), rejects a malformed
 * one, and echoes it on the response. The mock answers every version with the same shapes.
 */
export function pinwheelVersion(): MiddlewareHandler {
  return async (c, next) => {
    const version = c.req.header('pinwheel-version')
    if (version !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(version)) {
      const message =
        'Pinwheel-Version must be an API version date such as 2023-11-22, or be left out.'
      return apiError(c, 400, 'INVALID_REQUEST_PARAMETERS', 'invalid_pinwheel_version', message, [
        { field: 'Pinwheel-Version', message },
      ])
    }
    await next()
    if (version !== undefined) c.res.headers.set('pinwheel-version', version)
    return undefined
  }
}
