import type { LinkSessionSummary } from '../types'

const cache = new WeakMap<object, LinkSessionSummary[]>()

/**
 * The summaries of a `state.sessions` object as an array, made once per object and shared by every
 * selector: listing the values of a table with hundreds of keys is the costly part of a selector.
 */
export function summariesOf(sessions: Record<string, LinkSessionSummary>): LinkSessionSummary[] {
  let summaries = cache.get(sessions)
  if (!summaries) {
    summaries = Object.values(sessions)
    cache.set(sessions, summaries)
  }
  return summaries
}
