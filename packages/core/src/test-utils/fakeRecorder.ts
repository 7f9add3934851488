import type { LinkSessionRecorder } from '../session/PinwheelLinkOptions'

/** A store stand-in that logs what a controller tells it, in order. */
export function fakeRecorder() {
  const calls: unknown[][] = []
  const actions: LinkSessionRecorder = {
    startSession: (input) => void calls.push(['start', input]),
    record: (sessionId, name, payload) => void calls.push(['record', sessionId, name, payload]),
    endSession: (sessionId, reason) => void calls.push(['end', sessionId, reason]),
  }
  return {
    calls,
    getState: () => actions,
    /** The event names recorded for `sessionId`, in order. */
    names: (sessionId: string) =>
      calls.filter((c) => c[0] === 'record' && c[1] === sessionId).map((c) => c[2]),
  }
}
