import type { SandboxEmployer } from '../fixtures/sandboxEmployers.js'
import type { SandboxPlatform } from '../fixtures/sandboxPlatforms.js'
import type { LinkSession, PinwheelError } from '../protocol/linkApi.js'
import type { LinkStrings } from './linkStrings.js'

/** Mutable state of one Link session, shared by the session's steps. */
export interface LinkFlowState {
  session: LinkSession
  t: LinkStrings
  employer: SandboxEmployer | undefined
  platform: SandboxPlatform | undefined
  /** The platform came from the token, not the search: LOGIN then offers a way to search. */
  platformFromToken: boolean
  accountId: string | undefined
  /** The error an exit now would carry; cleared when the user recovers (e.g. logs in after a typo). */
  lastError: PinwheelError | undefined
}
