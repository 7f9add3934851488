import {
  createLinkEventStore,
  type PinwheelGlobal,
  selectDropOffScreens,
  selectFunnel,
  selectStatusCounts,
  selectTimeToSuccess,
} from '@linkwheel/core'
// Opt-in, its own entry: apps that keep events in memory only do not ship it.
import { persistLinkEvents } from '@linkwheel/core/persist'

export const store = createLinkEventStore({
  maxEvents: 1000, // the oldest drop first (state.dropped counts them); memory stays flat
  maxSessions: 200, // summaries kept; the oldest finished session goes first
  persist: persistLinkEvents(), // optional: sessionStorage, survives a reload, never stores tokens
})

/** Opens Link yourself and records it; returns what to call when you close it. */
export function openRecorded(Pinwheel: PinwheelGlobal, linkToken: string, sessionId: string) {
  const { startSession, record, endSession } = store.getState()
  startSession({ sessionId, linkToken }) // reads the token's jobs and mode; never keeps the token
  void Pinwheel.open({
    linkToken,
    onEvent: (name, payload) => record(sessionId, name, payload), // parsed here, one path
  })
  return () => endSession(sessionId, 'closed') // you closed Link without an exit event
}

export function analytics() {
  const state = store.getState()
  return {
    steps: selectFunnel(state).switch.steps, // opened → … → allocation submitted → succeeded
    dropOffs: selectDropOffScreens(state).screens, // where users were when they chose to leave
    statuses: selectStatusCounts(state), // succeeded, errored, exited, exitedAfterError, …
    switchMedian: selectTimeToSuccess(state).byJob.direct_deposit_switch?.median,
  }
}
