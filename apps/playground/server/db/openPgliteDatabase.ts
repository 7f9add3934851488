import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { claimDataDir } from './claimDataDir'
import type { Database, Queryable } from './Database'

/**
 * Opens the embedded database: PGlite (Postgres compiled to WebAssembly, no server to start) in
 * `dataDir`, created on first use and held by this process alone, or in memory when `dataDir` is
 * `memory://`.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) {
    await mkdir(dataDir, { recursive: true })
    await claimDataDir(dataDir)
  }
  const db = await PGlite.create(dataDir)
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async exec(sql: string) {
      await target.exec(sql)
    },
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(sql, [...params])).rows
    },
  })
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  }
}
