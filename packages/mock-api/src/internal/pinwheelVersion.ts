import type { MiddlewareHandler } from 'hono'
import { apiError } from './apiError.js'
import {
  isPinwheelApiVersion,
  type PinwheelApiVersion,
  pinwheelApiVersions,
  sunsetPinwheelApiVersions,
} from './apiVersions.js'
import type { MockEnv } from './context.js'

/**
 * Resolves the `Pinwheel-Version` of a request: the header, else the workspace default. An unknown
 * or sunset version answers 400 `INVALID_REQUEST_PARAMETERS` (Pinwheel: "a request to a sunsetted
 * version results in a 400 Bad Request"). The version in force is echoed on the response and put
 * in the context (`c.get('pinwheelVersion')`) for the routes that answer per version.
 */
export function pinwheelVersion(defaultVersion: PinwheelApiVersion): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const given = c.req.header('pinwheel-version')
    const version = given?.trim() || defaultVersion
    if (!isPinwheelApiVersion(version)) {
      const sunset = (sunsetPinwheelApiVersions as readonly string[]).includes(version)
      const message = sunset
        ? `Pinwheel-Version ${version} has been sunset: upgrade to one of ${pinwheelApiVersions.join(', ')}.`
        : `Pinwheel-Version must be one of ${pinwheelApiVersions.join(', ')} (or left out for the default, ${defaultVersion}).`
      return apiError(
        c,
        400,
        'INVALID_REQUEST_PARAMETERS',
        sunset ? 'SUNSET_API_VERSION' : 'INVALID_API_VERSION',
        message,
        [{ name: 'Pinwheel-Version', message }],
      )
    }
    c.set('pinwheelVersion', version)
    await next()
    c.res.headers.set('pinwheel-version', version)
    return undefined
  }
}
