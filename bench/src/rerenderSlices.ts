import type { LinkEventState } from '@linkwheel/core'

/** One component of the re-render bench: a label, the kind of slice, and its selector. */
export interface RerenderSlice {
  /** Unique per component, e.g. `status:session-22`. */
  id: string
  /** Rows of the table group components by kind. */
  kind: string
  /** What the component passes to `usePinwheelEvents`. */
  select: (state: LinkEventState) => unknown
}

/** Core selectors a dashboard would use, passed to `usePinwheelEvents` as they are. */
export type CoreSelectors = Record<string, (state: LinkEventState) => unknown>

const noErrors: readonly string[] = []

/**
 * 200 different slices: 8 core selectors, 12 store-wide figures (dropped, last seq, per-name
 * counts in the buffer), and four per-session slices (status, event count, an object, an array)
 * for 45 sessions spread over the run.
 */
export function rerenderSlices(
  coreSelectors: CoreSelectors,
  eventNames: readonly string[],
  watchedSessions: readonly string[],
): RerenderSlice[] {
  const slices: RerenderSlice[] = Object.entries(coreSelectors).map(([name, select]) => ({
    id: name,
    kind: 'core selector (selectFunnel, selectErrorsByCode, …)',
    select,
  }))
  slices.push(
    { id: 'dropped', kind: 'store-wide figure', select: (s) => s.dropped },
    { id: 'lastSeq', kind: 'store-wide figure', select: (s) => s.lastSeq },
  )
  for (const name of eventNames) {
    slices.push({
      id: `count:${name}`,
      kind: 'store-wide figure',
      select: (s) => s.events.reduce((n, e) => (e.name === name ? n + 1 : n), 0),
    })
  }
  for (const sessionId of watchedSessions) {
    slices.push(
      {
        id: `status:${sessionId}`,
        kind: 'session status (string)',
        select: (s) => s.sessions[sessionId]?.status ?? null,
      },
      {
        id: `eventCount:${sessionId}`,
        kind: 'session event count (number)',
        select: (s) => s.sessions[sessionId]?.eventCount ?? 0,
      },
      {
        id: `progress:${sessionId}`,
        kind: 'session progress (new object each call)',
        select: (s) => {
          const summary = s.sessions[sessionId]
          return { screen: summary?.lastScreen ?? null, jobs: summary?.jobsSucceeded.length ?? 0 }
        },
      },
      {
        id: `errorCodes:${sessionId}`,
        kind: 'session error codes (new array each call)',
        select: (s) => s.sessions[sessionId]?.errors.map((e) => e.code) ?? noErrors,
      },
    )
  }
  return slices
}
