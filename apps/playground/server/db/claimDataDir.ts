import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Makes this process the only user of an embedded database folder: PGlite has no lock of its own,
 * and two processes writing one folder would corrupt it. Writes `playground.pid` in `dataDir`;
 * a pid file left by a process that is gone (a crash) is taken over.
 *
 * @throws {Error} when a running process holds the folder.
 */
export async function claimDataDir(dataDir: string): Promise<void> {
  const file = join(dataDir, 'playground.pid')
  const held = Number((await readFile(file, 'utf8').catch(() => '')).trim())
  if (held && held !== process.pid && isRunning(held)) {
    throw new Error(
      `process ${held} (another \`pnpm dev\`?) is using it: stop that one, or set PLAYGROUND_DATA_DIR to another folder`,
    )
  }
  await writeFile(file, String(process.pid))
}
