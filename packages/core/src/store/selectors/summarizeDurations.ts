/** One session's duration. */
export interface LinkSessionDuration {
  /** The session. */
  sessionId: string
  /** Milliseconds from the modal being shown (or the session start) to the milestone. */
  ms: number
}

/** Durations of every session that reached a milestone, and their mean and median. */
export interface LinkDurationStats {
  /** Per session, in session start order. */
  sessions: LinkSessionDuration[]
  /** How many sessions reached the milestone. */
  count: number
  /** Mean in ms, or `null` when no session reached it. */
  mean: number | null
  /** Median in ms (mean of the two middle values for an even count), or `null`. */
  median: number | null
}

/** The stats of a list of per-session durations. */
export function summarizeDurations(sessions: LinkSessionDuration[]): LinkDurationStats {
  const count = sessions.length
  if (count === 0) return { sessions, count, mean: null, median: null }
  const sorted = sessions.map((entry) => entry.ms).sort((a, b) => a - b)
  let sum = 0
  for (const ms of sorted) sum += ms
  const middle = count >> 1
  const median =
    count % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  return { sessions, count, mean: sum / count, median }
}
