import type { ConnectedAccount } from './ConnectedAccount'
import type { Database, Queryable } from './db/Database'
import type { WebhookFacts } from './readWebhookFacts'

/** One page of a list and the cursor of the next (`null`: last page). */
export interface Page<T> {
  /** The items of this page. */
  data: T[]
  /** Pass as `cursor` for the next page; `null` on the last. */
  nextCursor: string | null
}

/** The accounts table and its job results. */
export interface AccountStore {
  /** Records what a webhook (or a reconcile) says about an account, inside `tx`. */
  record(tx: Queryable, facts: WebhookFacts, source: string, jobKey: string): Promise<boolean>
  /** Accounts newest first, `limit` per page, after `cursor` (a previous `nextCursor`). */
  list(query: {
    endUserId?: string | undefined
    cursor?: number | undefined
    limit: number
  }): Promise<Page<ConnectedAccount>>
  /** Whether the account is known. */
  has(accountId: string): Promise<boolean>
}

interface AccountRow {
  account_id: string
  position: number | string
  end_user_id: string | null
  platform_id: string | null
  platform_name: string | null
  platform_type: string | null
  link_token_id: string | null
  created_at: string | null
  monitoring_status: string | null
  source: string
}

const ensureAccount = `INSERT INTO accounts (account_id, end_user_id, source) VALUES ($1, $2, $3)
  ON CONFLICT (account_id) DO UPDATE SET end_user_id = COALESCE(accounts.end_user_id, EXCLUDED.end_user_id)`

/** Creates the {@link AccountStore} over `db`. Answers `true` from `record` when it added something. */
export function createAccountStore(db: Database): AccountStore {
  return {
    async record(tx, facts, source, jobKey) {
      if (facts.kind === 'other') return false
      await tx.query(ensureAccount, [
        facts.accountId,
        facts.kind === 'monitoring' ? null : facts.endUserId,
        source,
      ])
      if (facts.kind === 'account') {
        await tx.query(
          `UPDATE accounts SET platform_id = COALESCE($2, platform_id), platform_name = COALESCE($3, platform_name),
            platform_type = COALESCE($4, platform_type), link_token_id = COALESCE($5, link_token_id),
            created_at = COALESCE($6, created_at), monitoring_status = COALESCE($7, monitoring_status),
            connected = COALESCE($8, connected) WHERE account_id = $1`,
          [
            facts.accountId,
            facts.platformId,
            facts.platformName,
            facts.platformType,
            facts.linkTokenId,
            facts.createdAt,
            facts.monitoringStatus,
            facts.connected,
          ],
        )
        return true
      }
      if (facts.kind === 'monitoring') {
        await tx.query('UPDATE accounts SET monitoring_status = $2 WHERE account_id = $1', [
          facts.accountId,
          facts.monitoringStatus,
        ])
        return true
      }
      const key = facts.jobId ? `job:${facts.jobId}` : jobKey
      const rows = await tx.query(
        `INSERT INTO account_jobs (account_id, job_key, name, outcome, timestamp, error_code, error_type, source)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
          ON CONFLICT (job_key) DO UPDATE SET outcome = EXCLUDED.outcome, timestamp = EXCLUDED.timestamp,
            error_code = EXCLUDED.error_code, error_type = EXCLUDED.error_type
          WHERE account_jobs.source <> 'webhook' OR EXCLUDED.source = 'webhook'
          RETURNING id`,
        [
          facts.accountId,
          key,
          facts.name,
          facts.outcome,
          facts.timestamp,
          facts.errorCode,
          facts.errorType,
          source,
        ],
      )
      return rows.length > 0
    },

    async list({ endUserId, cursor, limit }) {
      const rows = await db.query<AccountRow>(
        `SELECT * FROM accounts WHERE ($1::text IS NULL OR end_user_id = $1)
          AND ($2::bigint IS NULL OR position < $2) ORDER BY position DESC LIMIT $3`,
        [endUserId ?? null, cursor ?? null, limit + 1],
      )
      const page = rows.slice(0, limit)
      const ids = page.map((row) => row.account_id)
      const jobs = ids.length
        ? await db.query<{
            account_id: string
            name: string
            outcome: string
            timestamp: string | null
            error_code: string | null
            error_type: string | null
            source: string
          }>('SELECT * FROM account_jobs WHERE account_id = ANY($1::text[]) ORDER BY id', [ids])
        : []
      return {
        data: page.map((row) => ({
          accountId: row.account_id,
          endUserId: row.end_user_id,
          platformId: row.platform_id,
          platformName: row.platform_name,
          platformType: row.platform_type,
          linkTokenId: row.link_token_id,
          createdAt: row.created_at,
          monitoringStatus: row.monitoring_status,
          source: row.source,
          jobs: jobs
            .filter((job) => job.account_id === row.account_id)
            .map((job) => ({
              name: job.name,
              outcome: job.outcome,
              timestamp: job.timestamp,
              errorCode: job.error_code,
              errorType: job.error_type,
              source: job.source,
            })),
        })),
        nextCursor: rows.length > limit ? String(page.at(-1)?.position) : null,
      }
    },

    async has(accountId) {
      return (
        (await db.query('SELECT 1 FROM accounts WHERE account_id = $1', [accountId])).length > 0
      )
    },
  }
}
