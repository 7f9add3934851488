import type { LinkSessionMode, LinkSessionModeSource, LinkSessionSummary } from './types'

/**
 * Whether a job moves pay or cards (`direct_deposit_switch`, `card_switch`): a session asking for
 * one succeeds only when it does.
 */
export const isSwitchJob = (job: string): boolean =>
  job === 'direct_deposit_switch' || job === 'card_switch'

/** A fresh summary for a session that just started (or whose first event just arrived). */
export function createSessionSummary(
  id: string,
  at: number,
  jobs: string[] = [],
  mode: LinkSessionMode = 'connect',
  modeSource: LinkSessionModeSource = 'default',
  accountId: string | null = null,
): LinkSessionSummary {
  return {
    id,
    mode,
    modeSource,
    status: 'opening',
    jobs,
    switchJob: jobs.some(isSwitchJob),
    openedAt: at,
    shownAt: null,
    closedAt: null,
    employer: null,
    platform: null,
    accountId,
    allocation: null,
    jobsSucceeded: [],
    succeededAt: null,
    errors: [],
    exitError: null,
    lastScreen: null,
    lastTaskScreen: null,
    loginAttemptAt: null,
    loggedInAt: null,
    eventCount: 0,
  }
}
