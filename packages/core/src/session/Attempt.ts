import type { LinkwheelError } from '../errors/LinkwheelError'
import type { LinkResult, PinwheelError } from '../events/PinwheelEventPayloads'
import type { LinkOutcome } from './PinwheelLinkController'

/** One call of `open()`, from the call until it settles. @internal */
export interface Attempt {
  /** The session the script shows now; `null` while waiting (also between a refetch and reopen). */
  sessionId: string | null
  /** Whether Link was shown at least once (the state stays `open` across a token refetch). */
  shown: boolean
  results: LinkResult[]
  refetched: boolean
  /** Ends the shown session from the host: no more user callbacks, recorded `closed`, modal closed. */
  stop: () => Promise<void>
  timer?: ReturnType<typeof setTimeout>
  resolve: (outcome: LinkOutcome) => void
  reject: (error: LinkwheelError) => void
}

/** Does nothing (a rejection handler for promises whose errors are reported elsewhere). */
export const noop = (): void => {}
/** The Link options passed through to the script when set. */
export const displayKeys = [
  'useDarkMode',
  'modalStyling',
  'overlayStyling',
  'ariaHideDocumentContent',
  'useSecureOrigin',
] as const

/** The payload as a Pinwheel error if it has a string `type` and `code`, else `null`. */
export const asError = (payload: unknown): PinwheelError | null =>
  typeof (payload as PinwheelError | null)?.type === 'string' &&
  typeof (payload as PinwheelError).code === 'string'
    ? (payload as PinwheelError)
    : null
