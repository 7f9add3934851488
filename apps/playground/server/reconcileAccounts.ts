import type { AccountStore } from './createAccountStore'
import type { PinwheelClient } from './createPinwheelClient'
import type { Database } from './db/Database'

/** What a reconcile found that the webhook inbox had missed. */
export interface ReconcileResult {
  /** Accounts Pinwheel listed. */
  accountsSeen: number
  /** Accounts that were unknown here (their `account.added` never arrived), now added. */
  accountsAdded: string[]
  /** Jobs with data at Pinwheel but no result here, now added as `success`. */
  jobsAdded: { accountId: string; name: string }[]
  /** When it finished (ISO). */
  finishedAt: string
}

/** Pinwheel answered a reconcile's read with an error; `status` and `body` are its answer. */
export class ReconcileReadError extends Error {
  /** Pinwheel's HTTP status. */
  readonly status: number
  /** Pinwheel's error body (its error shape), passed on to the caller. */
  readonly body: unknown
  constructor(status: number, body: unknown) {
    super(`Pinwheel answered HTTP ${status} while listing accounts.`)
    this.name = 'ReconcileReadError'
    this.status = status
    this.body = body
  }
}

interface ApiAccount {
  id: string
  end_user_id?: string | null
  platform_id?: string | null
  platform_name?: string | null
  platform_type?: string | null
  link_token_id?: string | null
  created_at?: string | null
  monitoring_status?: string | null
  connected?: boolean | null
  data_refreshed_at?: Record<string, string | null>
}

/** At most this many pages of 100 accounts are read in one reconcile. */
const maxPages = 1000

/**
 * Catch-up after an outage longer than Pinwheel's retry window: re-reads every account from
 * `GET /v1/accounts` (all pages) and fills in what the inbox missed: unknown accounts, and jobs whose
 * data Pinwheel has (`data_refreshed_at`) but no webhook reported. Known accounts take the API's
 * current values (a monitoring status change the inbox missed); job results from webhooks are kept.
 *
 * @throws {import('./createPinwheelClient').PinwheelUnavailableError} when the API is down.
 * @throws {ReconcileReadError} when the API answers an error.
 */
export async function reconcileAccounts(
  client: PinwheelClient,
  db: Database,
  accounts: AccountStore,
  now: () => Date = () => new Date(),
): Promise<ReconcileResult> {
  const result: ReconcileResult = {
    accountsSeen: 0,
    accountsAdded: [],
    jobsAdded: [],
    finishedAt: '',
  }
  let cursor: string | null = null
  for (let page = 0; page < maxPages; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const reply = await client.request('GET', `/v1/accounts?limit=100${query}`)
    if (reply.status !== 200) throw new ReconcileReadError(reply.status, reply.body)
    const body = reply.body as { data?: ApiAccount[]; meta?: { next_cursor?: string | null } }
    for (const account of body.data ?? []) {
      if (typeof account?.id !== 'string') continue
      result.accountsSeen++
      await db.transaction(async (tx) => {
        const known =
          (await tx.query('SELECT 1 FROM accounts WHERE account_id = $1', [account.id])).length > 0
        await accounts.record(
          tx,
          {
            kind: 'account',
            accountId: account.id,
            endUserId: account.end_user_id ?? null,
            platformId: account.platform_id ?? null,
            platformName: account.platform_name ?? null,
            platformType: account.platform_type ?? null,
            linkTokenId: account.link_token_id ?? null,
            createdAt: account.created_at ?? null,
            monitoringStatus: account.monitoring_status ?? null,
            connected: account.connected ?? null,
          },
          'reconcile',
          '',
        )
        if (!known) result.accountsAdded.push(account.id)
        for (const [name, at] of Object.entries(account.data_refreshed_at ?? {})) {
          if (typeof at !== 'string') continue
          const seen = await tx.query(
            'SELECT 1 FROM account_jobs WHERE account_id = $1 AND name = $2',
            [account.id, name],
          )
          if (seen.length > 0) continue
          await accounts.record(
            tx,
            {
              kind: 'job',
              accountId: account.id,
              endUserId: account.end_user_id ?? null,
              jobId: null,
              name,
              outcome: 'success',
              timestamp: at,
              errorCode: null,
              errorType: null,
            },
            'reconcile',
            `reconcile:${account.id}:${name}`,
          )
          result.jobsAdded.push({ accountId: account.id, name })
        }
      })
    }
    cursor = body.meta?.next_cursor ?? null
    if (!cursor) break
  }
  result.finishedAt = now().toISOString()
  return result
}
