import type { Database } from './Database'
import { type Migration, migrations as playgroundMigrations } from './migrations'

/** Any number: the key of the advisory lock that keeps two starting servers from migrating at once. */
const migrationLock = 1_414_000

/**
 * Brings the schema up to date at start: applies each migration not yet recorded in
 * `schema_migrations`, in order, each in a transaction holding an advisory lock (so two servers
 * starting on one Postgres apply each step once). Resolves with the versions it applied.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = playgroundMigrations,
): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)',
  )
  const applied: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLock])
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ])
      if (seen.length > 0) return false
      await tx.exec(migration.sql)
      await tx.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, new Date().toISOString()],
      )
      return true
    })
    if (done) applied.push(migration.version)
  }
  return applied
}
