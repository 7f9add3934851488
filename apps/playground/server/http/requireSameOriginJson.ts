import type { MiddlewareHandler } from 'hono'
import { playgroundError } from '../PlaygroundApiError'
import { refuseNonJson } from './refuseNonJson'

/** The header the playground's page sends with each state-changing call (see `playgroundApi`). */
export const sameOriginHeader = 'x-linkwheel-playground'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses cross-site request forgery on state-changing requests: the body must be
 * `application/json` (a form or `text/plain` post from another site is refused with 415), and
 * the request must come from an allowed `Origin`, or, when a client sends no `Origin`, carry the
 * {@link sameOriginHeader} (a browser cannot add it cross-site without a CORS preflight, which
 * this server never grants). Anything else: 403.
 */
export function requireSameOriginJson(
  allowedOrigins: readonly string[],
  except: (method: string, path: string) => boolean = () => false,
): MiddlewareHandler {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()))
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || except(c.req.method, c.req.path)) return next()
    const notJson = refuseNonJson(c, 'Send the body as JSON with `content-type: application/json`.')
    if (notJson) return notJson
    const origin = c.req.header('origin')
    const trusted = origin
      ? allowed.has(origin.toLowerCase())
      : c.req.header(sameOriginHeader) !== undefined
    if (!trusted) {
      return c.json(
        playgroundError(
          403,
          'UNAUTHORIZED_REQUEST',
          'cross_origin_refused',
          'This request did not come from the playground page: call it from the page, or send the `x-linkwheel-playground: 1` header from a script on this machine.',
        ),
        403,
      )
    }
    return next()
  }
}
