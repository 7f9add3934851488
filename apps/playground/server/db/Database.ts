/** Runs SQL with `$1`-style parameters and answers the rows. */
export interface Queryable {
  /** One statement; resolves with its rows (empty for statements that return none). */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>
  /** Several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

/**
 * The playground's store: the same Postgres SQL on PGlite (embedded, the default) or on a Postgres
 * server (`DATABASE_URL`).
 */
export interface Database extends Queryable {
  /** `pglite` (embedded, in a folder or in memory) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** Closes the database (waits for running statements). */
  close(): Promise<void>
}
