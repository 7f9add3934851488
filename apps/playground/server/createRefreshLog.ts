import type { Page } from './createAccountStore'
import type { Database } from './db/Database'
import type { RefreshSummary } from './summarizeRefresh'

/** A daily refresh the playground ran, as stored. */
export interface RefreshRecord {
  /** Increasing id. */
  id: number
  /** The account refreshed. */
  accountId: string
  /** What changed. */
  summary: RefreshSummary
  /** When it ran (ISO). */
  createdAt: string
}

/** The stored results of daily refreshes. */
export interface RefreshLog {
  /** Stores one result and answers it as stored. */
  add(accountId: string, summary: RefreshSummary, at: Date): Promise<RefreshRecord>
  /** Results for `accountId`, newest first, paged. */
  list(
    accountId: string,
    query: { cursor?: number | undefined; limit: number },
  ): Promise<Page<RefreshRecord>>
}

interface RefreshRow {
  id: number | string
  account_id: string
  summary: string
  created_at: string
}

const toRecord = (row: RefreshRow): RefreshRecord => ({
  id: Number(row.id),
  accountId: row.account_id,
  summary: JSON.parse(row.summary) as RefreshSummary,
  createdAt: row.created_at,
})

/** Creates the {@link RefreshLog} over `db`. */
export function createRefreshLog(db: Database): RefreshLog {
  return {
    async add(accountId, summary, at) {
      const [row] = await db.query<RefreshRow>(
        'INSERT INTO refreshes (account_id, summary, created_at) VALUES ($1, $2, $3) RETURNING *',
        [accountId, JSON.stringify(summary), at.toISOString()],
      )
      return toRecord(row!)
    },
    async list(accountId, { cursor, limit }) {
      const rows = await db.query<RefreshRow>(
        `SELECT * FROM refreshes WHERE account_id = $1 AND ($2::bigint IS NULL OR id < $2)
          ORDER BY id DESC LIMIT $3`,
        [accountId, cursor ?? null, limit + 1],
      )
      const data = rows.slice(0, limit).map(toRecord)
      return { data, nextCursor: rows.length > limit ? String(data.at(-1)?.id) : null }
    },
  }
}
