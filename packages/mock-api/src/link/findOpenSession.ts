import type { Context } from 'hono'
import { linkError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import type { LinkSessionRecord } from '../internal/state.js'

/** The open session named by `:session_id`, or the error response to send instead. */
export function findOpenSession(
  ctx: MockApiContext,
  c: Context,
): { session: LinkSessionRecord } | { response: Response } {
  const session = ctx.state.sessions.get(c.req.param('session_id') ?? '')
  if (!session) {
    return {
      response: linkError(
        c,
        404,
        'clientError',
        'sessionNotFound',
        'No such Link session: redeem a Link token with POST /internal/link/sessions first.',
      ),
    }
  }
  if (session.exitReason !== null) {
    return {
      response: linkError(
        c,
        409,
        'clientError',
        'sessionClosed',
        'This Link session has exited: open Link again with a new Link token.',
      ),
    }
  }
  return { session }
}
