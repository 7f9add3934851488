import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { DatabaseLocation } from '../server/db/openDatabase'

const root = fileURLToPath(new URL('..', import.meta.url))

/** A `pnpm dev` playground running in a child process. */
export interface SpawnedPlayground {
  child: ChildProcess
  /** What it printed so far. */
  output(): string
  /** Kills it at once (SIGKILL: no cleanup, like a crash) and waits for it to be gone. */
  crash(): Promise<void>
}

/**
 * Runs the playground's `pnpm dev` entry (`server/dev.ts`) as a child process on the given ports
 * and database, and resolves once it printed that it is ready (killed, and rejected, if not
 * within 120 s).
 */
export function spawnPlayground(options: {
  port: number
  mockApiPort: number
  secret: string
  database: DatabaseLocation
}): Promise<SpawnedPlayground> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'server/dev.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        PLAYGROUND_PORT: String(options.port),
        MOCK_API_PORT: String(options.mockApiPort),
        PINWHEEL_API_SECRET: options.secret,
        PLAYGROUND_DATA_DIR: options.database.dataDir,
        DATABASE_URL: options.database.databaseUrl ?? '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  const spawned: SpawnedPlayground = {
    child,
    output: () => output,
    crash: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGKILL')
      }),
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the playground was not ready within 120 s:\n${output}`))
    }, 120_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (/linkwheel playground \(.+\) ready/.test(output)) {
        clearTimeout(timer)
        resolve(spawned)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the playground exited (${code}) before it was ready:\n${output}`))
    })
  })
}
