import type { LinkEventRecord, LinkEventState } from '../types'

/**
 * The buffered records, oldest first (at most `maxEvents`; see `state.dropped` for the rest).
 * The same array until a record is added, so it is safe for `useStore`.
 */
export function selectEvents(state: LinkEventState): LinkEventRecord[] {
  return state.events
}
