import type { PinwheelError } from '../protocol/linkApi.js'
import type { HostChannel } from './createHostChannel.js'
import type { LinkApiClient } from './createLinkApiClient.js'
import type { LinkView } from './createLinkView.js'
import type { LinkFlowState } from './LinkFlowState.js'

/** What every step of a running session works with: its state, the view, the API and the host. */
export interface LinkStepContext {
  state: LinkFlowState
  view: LinkView
  api: LinkApiClient
  channel: HostChannel
  /** Asks before leaving (EXIT_CONFIRMATION), or exits at once from a terminal screen. */
  requestClose(): void
  /** Ends the session once: tells the API, then the host. */
  exit(): void
  /** Keeps the error an exit would carry and reports it to the host. */
  reportError(state: LinkFlowState, error: PinwheelError): void
  /** Whether the session has already exited. */
  isExited(): boolean
}
