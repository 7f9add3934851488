import pg from 'pg'
import type { Database, Queryable } from './Database'

/** Opens a pool of connections to the Postgres server at `url` (`postgres://user@host:port/db`). */
export async function openPostgresDatabase(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 5 })
  // Fail at start, with the server's reason, rather than on the first webhook.
  const probe = await pool.connect()
  probe.release()
  const wrap = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async exec(sql: string) {
      // Without parameters, pg uses the simple query protocol, which runs several statements.
      await target.query(sql)
    },
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await target.query(sql, [...params])).rows as Row[]
    },
  })
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
