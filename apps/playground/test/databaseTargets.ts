import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { DatabaseLocation } from '../server/db/openDatabase'
import { postgresMaySkip, startThrowawayPostgres } from './startThrowawayPostgres'

/** A kind of database the persistence tests run against. */
export interface DatabaseTarget {
  /** `embedded PGlite` or `Postgres server`. */
  name: string
  /** Why this target does not run here (only ever off CI), or `null`. */
  skipReason: string | null
  /** A new, empty place to keep data (a folder, or a database on the server). */
  freshLocation(): Promise<DatabaseLocation>
  /** Removes everything this target made. */
  cleanup(): Promise<void>
}

let databases = 0

/**
 * The targets of the persistence tests: the embedded PGlite always, and a real Postgres server
 * started for the tests (Debian's `postgresql`). Without Postgres binaries the second is skipped
 * with its reason, except on CI, where it throws: CI must run it.
 */
export async function databaseTargets(): Promise<DatabaseTarget[]> {
  const dirs: string[] = []
  const embedded: DatabaseTarget = {
    name: 'embedded PGlite',
    skipReason: null,
    async freshLocation() {
      const dir = await mkdtemp(join(tmpdir(), 'playground-pglite-'))
      dirs.push(dir)
      return { dataDir: dir }
    },
    async cleanup() {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
    },
  }
  const server = await startThrowawayPostgres()
  if (!server.ok) {
    if (!postgresMaySkip()) {
      throw new Error(`CI must run the Postgres persistence tests, but ${server.reason}.`)
    }
    console.warn(`[playground tests] the Postgres persistence tests are SKIPPED: ${server.reason}`)
    return [
      embedded,
      {
        name: 'Postgres server',
        skipReason: server.reason,
        freshLocation: () => Promise.reject(new Error(server.reason)),
        cleanup: async () => {},
      },
    ]
  }
  const postgres: DatabaseTarget = {
    name: 'Postgres server',
    skipReason: null,
    async freshLocation() {
      const name = `playground_test_${process.pid}_${++databases}`
      const admin = new pg.Client({ connectionString: server.url })
      await admin.connect()
      await admin.query(`CREATE DATABASE ${name}`)
      await admin.end()
      return { databaseUrl: server.url.replace(/\/postgres$/, `/${name}`), dataDir: '' }
    },
    cleanup: () => server.stop(),
  }
  return [embedded, postgres]
}
