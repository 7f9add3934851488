import { isTerminalStatus } from './isTerminalStatus'
import type { LinkSessionSummary } from './types'

/**
 * Adds a session id; past `max`, forgets the oldest finished session (else the oldest) and removes
 * it from `map`. Returns the new id list and the ids forgotten.
 */
export function addSession(
  map: Map<string, LinkSessionSummary>,
  ids: string[],
  sessionId: string,
  max: number,
): { sessionIds: string[]; removed: string[] } {
  const sessionIds = [...ids, sessionId]
  const removed: string[] = []
  while (sessionIds.length > max) {
    const index = sessionIds.findIndex((id) => {
      const summary = map.get(id)
      return summary !== undefined && isTerminalStatus(summary.status)
    })
    const [victim] = sessionIds.splice(index === -1 ? 0 : index, 1)
    map.delete(victim as string)
    removed.push(victim as string)
  }
  return { sessionIds, removed }
}
