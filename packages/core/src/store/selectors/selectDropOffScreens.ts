import type { OrString, ScreenName } from '../../events/PinwheelEventPayloads'
import type { LinkEventState, LinkSessionSummary } from '../types'
import { memoizeByInput } from './memoizeByInput'

/** How many unsuccessful sessions ended on one screen. */
export interface LinkDropOffScreen {
  /** The screen, or `null` for sessions that ended before any `screen_transition`. */
  screen: OrString<ScreenName> | null
  /** Sessions that left from it. */
  sessions: number
  /** `sessions` ÷ all drop-offs. */
  share: number
}

/** Where sessions that ended without success left Link. */
export interface LinkDropOffs {
  /** Sessions that ended (`exited`, `errored`, `closed`) without any `success`. */
  total: number
  /** By screen, most sessions first (ties in first-seen order). */
  screens: LinkDropOffScreen[]
}

const computeDropOffs = /* @__PURE__ */ memoizeByInput(
  (sessions: Record<string, LinkSessionSummary>): LinkDropOffs => {
    const counts = new Map<OrString<ScreenName> | null, number>()
    let total = 0
    for (const summary of Object.values(sessions)) {
      const ended =
        summary.status === 'exited' || summary.status === 'errored' || summary.status === 'closed'
      if (!ended || summary.firstSuccessAt !== null) continue
      total++
      const screen = summary.lastTaskScreen ?? summary.lastScreen
      counts.set(screen, (counts.get(screen) ?? 0) + 1)
    }
    const screens = [...counts]
      .map(([screen, count]) => ({ screen, sessions: count, share: count / total }))
      .sort((a, b) => b.sessions - a.sessions)
    return { total, screens }
  },
)

/**
 * The drop-off screens: for each session that ended without success, the last screen it showed
 * before the exit. `EXIT_CONFIRMATION` ("are you sure?") is skipped in favour of the screen the user
 * was leaving, unless it is the only screen seen. Sessions the host closed, or that a reload
 * interrupted, count as drop-offs too. Memoised on `state.sessions`.
 *
 * @example
 * ```ts
 * const worst = selectDropOffScreens(store.getState()).screens[0]?.screen
 * ```
 */
export function selectDropOffScreens(state: LinkEventState): LinkDropOffs {
  return computeDropOffs(state.sessions)
}
