import { Hono } from 'hono'
import { z } from 'zod'
import type { MockApiContext } from '../internal/context.js'
import { validateLink } from '../internal/validate.js'
import { findOpenSession } from './findOpenSession.js'
import { jobRoute } from './jobRoute.js'
import { loginRoute } from './loginRoute.js'
import { redeemLinkTokenRoute } from './redeemLinkTokenRoute.js'

/** The internal endpoints the sandbox Link frame calls, mounted at `/internal/link/sessions`. */
export function linkSessionRoutes(ctx: MockApiContext): Hono {
  return new Hono()
    .route('/', redeemLinkTokenRoute(ctx))
    .route('/', loginRoute(ctx))
    .route('/', jobRoute(ctx))
    .post(
      '/:session_id/exit',
      validateLink(z.object({ reason: z.string().max(500).optional() })),
      (c) => {
        const found = findOpenSession(ctx, c)
        if ('response' in found) return found.response
        found.session.exitReason = c.req.valid('json').reason ?? 'exit'
        found.session.closedAt = ctx.clock()
        return c.body(null, 204)
      },
    )
}
