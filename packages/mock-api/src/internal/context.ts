import type { LinkTokenSigner } from '../linkTokens/createLinkTokenSigner.js'
import type { WebhookDispatcher } from '../webhooks/createWebhookDispatcher.js'
import type { PinwheelApiVersion } from './apiVersions.js'
import type { MockState } from './state.js'

/** What every route module of one mock API instance shares. */
export interface MockApiContext {
  clock: () => Date
  apiSecret: string
  state: MockState
  signer: LinkTokenSigner
  webhooks: WebhookDispatcher
  /** How long a `user_pending` job stays `pending` before its `error` webhook, in ms. */
  pendingJobDelayMs: number
  /** Runs `work` after `ms` unless the API is closed first. */
  later(ms: number, work: () => void): void
}

/** Hono environment of the `/v1` routes: the `Pinwheel-Version` in force. */
export interface MockEnv {
  Variables: { pinwheelVersion: PinwheelApiVersion }
}
