import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { apiError } from './apiError.js'

const digest = (text: string) => createHash('sha256').update(text).digest()

/** Rejects requests whose `x-api-secret` is missing or wrong (401 `UNAUTHORIZED_REQUEST`). */
export function requireApiSecret(secret: string): MiddlewareHandler {
  const expected = digest(secret)
  return async (c, next) => {
    const given = c.req.header('x-api-secret')
    if (!given) {
      return apiError(
        c,
        401,
        'UNAUTHORIZED_REQUEST',
        'MISSING_API_SECRET',
        'Missing x-api-secret header: send your API secret (server side only) in x-api-secret.',
      )
    }
    // Hashing first gives equal lengths, so the comparison leaks nothing about the secret.
    if (!timingSafeEqual(digest(given), expected)) {
      return apiError(
        c,
        401,
        'UNAUTHORIZED_REQUEST',
        'INVALID_API_SECRET',
        'Invalid x-api-secret: use the secret this mock API was started with (PINWHEEL_API_SECRET, default pw_sandbox_demo_secret).',
      )
    }
    return next()
  }
}
