import type { OrString, PinwheelErrorType } from '../../events/PinwheelEventPayloads'
import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'

/** Error counts by type (types newer than this version included); types that never happened are absent. */
export type LinkErrorsByType = Partial<Record<OrString<PinwheelErrorType>, number>>

const compute = /* @__PURE__ */ memoizeByInput((sessions: Record<string, LinkSessionSummary>) => {
  const counts: LinkErrorsByType = {}
  for (const summary of Object.values(sessions)) {
    for (const error of summary.errors) counts[error.type] = (counts[error.type] ?? 0) + 1
  }
  return counts
})

/**
 * How many errors of each type the sessions showed (from their summaries, so errors of events
 * since dropped from the buffer still count; an exit repeating the last error counts once).
 * Memoised on `state.sessions`.
 *
 * @example
 * ```ts
 * selectErrorsByType(store.getState()).networkError ?? 0
 * ```
 */
export function selectErrorsByType(state: LinkEventState): LinkErrorsByType {
  return compute(state.sessions)
}
