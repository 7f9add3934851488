import type { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AccountStore } from './createAccountStore'
import { type PinwheelClient, PinwheelUnavailableError } from './createPinwheelClient'
import type { Database } from './db/Database'
import { ReconcileReadError, reconcileAccounts } from './reconcileAccounts'
import { unavailableBody } from './replyWith'

/** Options of {@link reconcileRoute}. */
export interface ReconcileRouteOptions {
  /** Talks to Pinwheel with the secret. */
  client: PinwheelClient
  /** Where the accounts are stored. */
  db: Database
  /** The accounts table. */
  accounts: AccountStore
}

/**
 * `POST /reconcile`: re-reads every account from Pinwheel and fills what the webhook inbox missed
 * (see `reconcileAccounts`); answers `{data: ReconcileResult}`. One runs at a time: a second
 * request while one runs gets the same result.
 */
export function reconcileRoute(app: Hono, options: ReconcileRouteOptions): void {
  let running: ReturnType<typeof reconcileAccounts> | null = null
  app.post('/reconcile', async (c) => {
    running ??= reconcileAccounts(options.client, options.db, options.accounts).finally(() => {
      running = null
    })
    try {
      return c.json({ data: await running })
    } catch (error) {
      if (error instanceof PinwheelUnavailableError) return c.json(unavailableBody(error), 502)
      if (error instanceof ReconcileReadError) {
        return c.json(error.body as object, error.status as ContentfulStatusCode)
      }
      throw error
    }
  })
}
