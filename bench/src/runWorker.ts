import { spawn } from 'node:child_process'
import path from 'node:path'
import { benchDir } from './paths'

/** The line prefix a worker uses for its JSON result, so stray logs on stdout cannot break it. */
export const workerResultPrefix = '@@bench-result '

/**
 * Runs `bench/src/<file>` in a fresh Node process (`--expose-gc`, tsx) so each section has its own
 * heap and globals, and resolves the JSON the worker printed with {@link printWorkerResult}.
 * Rejects with the worker's stderr when it exits non-zero or prints no result.
 *
 * @param options.args Arguments for the worker (`process.argv.slice(2)`). @default []
 * @param options.timeoutMs Kill the worker after this long. @default 300_000
 * @param options.nodeEnv `NODE_ENV` of the worker (React's `act` needs `development`).
 * @default options.nodeEnv 'production'
 */
export function runWorker<T>(
  file: string,
  options: { args?: string[]; timeoutMs?: number; nodeEnv?: 'production' | 'development' } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(benchDir, 'src', file), ...(options.args ?? [])],
      {
        cwd: benchDir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_ENV: options.nodeEnv ?? 'production' },
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      process.stderr.write(chunk)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.split('\n').find((l) => l.startsWith(workerResultPrefix))
      if (code === 0 && line) {
        resolve(JSON.parse(line.slice(workerResultPrefix.length)) as T)
        return
      }
      const tail = stderr.trim().split('\n').slice(-8).join('\n')
      reject(new Error(`worker ${file} exited ${signal ?? code} without a result:\n${tail}`))
    })
  })
}

/** What a worker hands back: its figures, or why it could not measure them. */
export type WorkerResult<T> = { status: 'skipped'; reason: string } | ({ status: 'ok' } & T)

/** Called by a worker to hand its result to {@link runWorker}. */
export function printWorkerResult(result: unknown): void {
  process.stdout.write(`${workerResultPrefix}${JSON.stringify(result)}\n`)
}
