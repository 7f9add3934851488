import type { LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult } from '../events/PinwheelEventPayloads'
import type { LinkOutcome } from './PinwheelLinkController'

/** One call of `open()`, from the call until it settles. @internal */
export interface Attempt {
  /** The session the script shows now; unset or `null` while waiting (also between a refetch and reopen). */
  sessionId?: string | null
  /** Whether Link was shown at least once (the state stays `open` across a token refetch). */
  shown?: boolean
  results: LinkResult[]
  refetched?: boolean
  /**
   * Ends the shown session from the host: no more user callbacks, recorded `closed`, modal
   * closed. Set when Link is shown (so whenever `sessionId` is).
   */
  stop?: () => Promise<void>
  resolve: (outcome: LinkOutcome) => void
  reject: (error: LinkwheelError) => void
}
