import {
  selectDropOffScreens,
  selectErrorsByCode,
  selectFunnel,
  selectTimeToLogin,
  selectTimeToSuccess,
  usePinwheelEvents,
} from '@linkwheel/react'
import { useMemo } from 'react'
import { bucketEvents, type EventBucket } from './bucketEvents'

/**
 * The one module that reads `@linkwheel/core`'s analytics selectors. The charts read only the
 * plain shapes below, so a change in a selector's shape is absorbed here.
 */

/** Which sessions a funnel counts. */
export type FunnelView = 'all' | 'connect' | 'onDemandUpdate'

/** One step of a funnel, as the chart draws it. */
export interface FunnelBar {
  /** People's name of the step. */
  label: string
  /** Sessions that reached it. */
  sessions: number
  /** Share of the opened sessions (0–1). */
  overall: number
  /** Share of the previous step (0–1); `null` for the first step. */
  conversion: number | null
}

/** A funnel over one set of sessions. */
export interface FunnelModel {
  /** Sessions that opened Link (the first step). */
  opened: number
  /** The steps in order. */
  steps: FunnelBar[]
}

/** Where unsuccessful sessions left Link. */
export interface DropOffBar {
  /** The screen, as Link names it, or `before any screen`. */
  label: string
  /** Sessions that left from it. */
  sessions: number
  /** Share of all drop-offs (0–1). */
  share: number
}

/** Durations of one kind (time to login, time to success) over the sessions that have one. */
export interface DurationModel {
  /** Sessions with a value. */
  count: number
  /** Median in ms, or `null` when there is none. */
  median: number | null
}

/** One session's timings, for the per-session chart. */
export interface SessionTiming {
  /** `Session 3`, numbered as the timeline numbers them. */
  session: string
  /** Open → login, in seconds, or `null`. */
  login: number | null
  /** Open → first success, in seconds, or `null`. */
  success: number | null
}

/** Everything the analytics panel shows. */
export interface AnalyticsModel {
  /** One funnel per view. */
  funnels: Record<FunnelView, FunnelModel>
  /** Sessions that ended without success. */
  dropOffTotal: number
  /** Their last screens, most first. */
  dropOffs: DropOffBar[]
  /** Time to login. */
  toLogin: DurationModel
  /** Time to success. */
  toSuccess: DurationModel
  /** Per session, oldest first. */
  timings: SessionTiming[]
  /** Errors by code, most first. */
  errors: { code: string; count: number }[]
  /** Events per time bucket, oldest first. */
  overTime: EventBucket[]
}

const stepLabels: Record<string, string> = {
  opened: 'Opened',
  employerChosen: 'Employer chosen',
  loginAttempted: 'Login attempted',
  loggedIn: 'Logged in',
  allocationSubmitted: 'Allocation submitted',
  succeeded: 'Succeeded',
}

/** Reads the store through the core selectors and returns the panel's model. */
export function useAnalytics(): AnalyticsModel {
  const funnels = usePinwheelEvents(selectFunnel)
  const dropOffs = usePinwheelEvents(selectDropOffScreens)
  const toLogin = usePinwheelEvents(selectTimeToLogin)
  const toSuccess = usePinwheelEvents(selectTimeToSuccess)
  const errorsByCode = usePinwheelEvents(selectErrorsByCode)
  const events = usePinwheelEvents()
  const sessionIds = usePinwheelEvents((state) => state.sessionIds)

  return useMemo(() => {
    const funnel = (view: FunnelView): FunnelModel => ({
      opened: funnels[view].counts.opened,
      steps: funnels[view].steps.map((step, index) => ({
        label: stepLabels[step.step] ?? step.step,
        sessions: step.sessions,
        overall: step.overall,
        conversion: index === 0 ? null : step.conversion,
      })),
    })
    const number = new Map(sessionIds.map((id, index) => [id, index + 1]))
    const timings = new Map<string, SessionTiming>()
    const timingOf = (id: string) => {
      let entry = timings.get(id)
      if (!entry) {
        entry = { session: `Session ${number.get(id) ?? '?'}`, login: null, success: null }
        timings.set(id, entry)
      }
      return entry
    }
    for (const entry of toLogin.sessions) timingOf(entry.sessionId).login = entry.ms / 1000
    for (const entry of toSuccess.sessions) timingOf(entry.sessionId).success = entry.ms / 1000
    const ordered = [...timings.entries()]
      .sort(([a], [b]) => (number.get(a) ?? 0) - (number.get(b) ?? 0))
      .map(([, entry]) => entry)

    return {
      funnels: {
        all: funnel('all'),
        connect: funnel('connect'),
        onDemandUpdate: funnel('onDemandUpdate'),
      },
      dropOffTotal: dropOffs.total,
      dropOffs: dropOffs.screens.map((entry) => ({
        label: entry.screen ?? 'before any screen',
        sessions: entry.sessions,
        share: entry.share,
      })),
      toLogin: { count: toLogin.count, median: toLogin.median },
      toSuccess: { count: toSuccess.count, median: toSuccess.median },
      timings: ordered,
      errors: Object.entries(errorsByCode)
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count),
      overTime: bucketEvents(events),
    }
  }, [funnels, dropOffs, toLogin, toSuccess, errorsByCode, events, sessionIds])
}
