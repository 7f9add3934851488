import type { LinkSessionSummary } from '../types'
import {
  type LinkDurationStats,
  type LinkSessionDuration,
  summarizeDurations,
} from './summarizeDurations'

/** Per-session durations from the modal being shown (else the session start) to `milestone`. */
export function durationsTo(
  sessions: Record<string, LinkSessionSummary>,
  milestone: 'loggedInAt' | 'succeededAt',
): LinkDurationStats {
  const durations: LinkSessionDuration[] = []
  for (const summary of Object.values(sessions)) {
    const reachedAt = summary[milestone]
    if (reachedAt === null) continue
    durations.push({ sessionId: summary.id, ms: reachedAt - (summary.shownAt ?? summary.openedAt) })
  }
  return summarizeDurations(durations)
}
