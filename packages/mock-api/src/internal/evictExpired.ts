import type { MockState } from './state.js'

/** How long the mock keeps what it no longer needs. */
export interface EvictionOptions {
  /** How often (by the API's clock) a request triggers a sweep, in ms. @default 60000 */
  sweepIntervalMs?: number
  /** An exited Link session is kept this long (answering `sessionClosed`), in ms. @default 600000 */
  closedSessionMs?: number
  /** A Link session still open this long after it started is dropped, in ms. @default 7200000 (2 h) */
  openSessionMs?: number
}

/**
 * Drops expired Link tokens (used or not: the JWT has expired too, so redeeming one answers
 * `expiredLinkToken` either way), exited sessions past their grace period and abandoned open
 * sessions. Accounts are never evicted: they are what the API serves.
 */
export function evictExpired(state: MockState, now: Date, options: EvictionOptions = {}): void {
  const t = now.getTime()
  for (const [id, token] of state.linkTokens) {
    if (t >= token.expiresAt.getTime()) state.linkTokens.delete(id)
  }
  const closedMs = options.closedSessionMs ?? 600_000
  const openMs = options.openSessionMs ?? 7_200_000
  for (const [id, session] of state.sessions) {
    const closed = session.closedAt !== null && t - session.closedAt.getTime() >= closedMs
    const abandoned = t - session.openedAt.getTime() >= openMs
    if (closed || abandoned) state.sessions.delete(id)
  }
}
