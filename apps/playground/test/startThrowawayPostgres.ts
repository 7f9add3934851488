import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort } from './freePort'

const run = promisify(execFile)

/** A Postgres server the tests started, or why none could be. */
export type ThrowawayPostgres =
  | { ok: true; url: string; stop(): Promise<void> }
  | { ok: false; reason: string }

/** The folder with `initdb` and `pg_ctl`: `PG_BIN`, else Debian's newest `/usr/lib/postgresql/N/bin`. */
function findPostgresBin(): string | null {
  if (process.env.PG_BIN) {
    return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : null
  }
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return null
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(base, versions[0], 'bin') : null
}

/**
 * Starts a throwaway Postgres cluster for the persistence tests: `initdb` in a temp folder and
 * `pg_ctl start` on a free loopback port (run as the `postgres` user when the tests run as root,
 * since Postgres refuses root), trust auth, no fsync. Resolves `{ok: false, reason}` when this
 * machine has no Postgres binaries (`scripts/setup.sh` installs Debian's `postgresql`).
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin()
  if (!bin) {
    return {
      ok: false,
      reason:
        'no Postgres binaries (no /usr/lib/postgresql/*/bin/initdb, PG_BIN unset): run `bash scripts/setup.sh` or `apt-get install -y postgresql`',
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'playground-pg-'))
  const asRoot = process.getuid?.() === 0
  const sh = async (command: string, args: string[]) => {
    const file = join(bin, command)
    const [exe, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args]
    await run(exe, argv, { timeout: 120_000 })
  }
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: gid } = await run('id', ['-g', 'postgres'])
    await chown(dir, Number(stdout.trim()), Number(gid.trim()))
  }
  const data = join(dir, 'data')
  const port = await freePort()
  await sh('initdb', [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ])
  await sh('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ])
  return {
    ok: true,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await sh('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => {})
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Whether the Postgres tests may skip: only off CI. On CI (`CI` set) a missing Postgres fails the
 * run, so the tests that must run there cannot silently not run.
 */
export function postgresMaySkip(): boolean {
  return !process.env.CI
}
