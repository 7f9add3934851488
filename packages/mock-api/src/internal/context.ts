import type { LinkTokenSigner } from '../linkTokens/createLinkTokenSigner.js'
import type { WebhookDispatcher } from '../webhooks/createWebhookDispatcher.js'
import type { MockState } from './state.js'

/** What every route module of one mock API instance shares. */
export interface MockApiContext {
  clock: () => Date
  apiSecret: string
  state: MockState
  signer: LinkTokenSigner
  webhooks: WebhookDispatcher
}
