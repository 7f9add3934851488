import type { LinkSessionMode, LinkSessionModeSource, LinkSessionSummary } from './types'

/** A fresh summary for a session that just started (or whose first event just arrived). */
export function createSessionSummary(
  id: string,
  at: number,
  mode: LinkSessionMode = 'connect',
  modeSource: LinkSessionModeSource = 'default',
  accountId: string | null = null,
): LinkSessionSummary {
  return {
    id,
    mode,
    modeSource,
    status: 'opening',
    openedAt: at,
    shownAt: null,
    closedAt: null,
    employer: null,
    platform: null,
    accountId,
    allocation: null,
    jobsSucceeded: [],
    errors: [],
    lastScreen: null,
    lastTaskScreen: null,
    loginAttemptAt: null,
    loggedInAt: null,
    firstSuccessAt: null,
    eventCount: 0,
  }
}
