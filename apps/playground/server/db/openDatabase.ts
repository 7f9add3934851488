import type { Database } from './Database'
import { migrate } from './migrate'
import { openPgliteDatabase } from './openPgliteDatabase'
import { openPostgresDatabase } from './openPostgresDatabase'

/** Where the playground keeps its data. */
export interface DatabaseLocation {
  /** A Postgres server (`DATABASE_URL`); when set, `dataDir` is not used. */
  databaseUrl?: string | undefined
  /** The embedded database's folder, or `memory://` for one that lives as long as the process. */
  dataDir: string
}

/** Removes the password from a connection URL, so it can be shown in a message. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'DATABASE_URL (not a valid URL)'
  }
}

/**
 * Opens the playground's database, Postgres at `databaseUrl` or else the embedded PGlite in
 * `dataDir`, and runs the schema migrations.
 *
 * @throws {Error} saying which database could not be opened and what to check; never the password.
 */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  let db: Database
  try {
    db = location.databaseUrl
      ? await openPostgresDatabase(location.databaseUrl)
      : await openPgliteDatabase(location.dataDir)
  } catch (cause) {
    const where = location.databaseUrl
      ? `the Postgres server at ${describeDatabaseUrl(location.databaseUrl)} (is it running, and may this user connect?)`
      : `the embedded database in ${location.dataDir} (is another playground using that folder? set PLAYGROUND_DATA_DIR to another one)`
    throw new Error(`Could not open ${where}: ${(cause as Error).message ?? String(cause)}`, {
      cause,
    })
  }
  try {
    await migrate(db)
  } catch (error) {
    await db.close().catch(() => {})
    throw error
  }
  return db
}
