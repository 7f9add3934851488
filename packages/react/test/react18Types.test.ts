// @vitest-environment node
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('the built types under @types/react 18', () => {
  it('type-check an app using every public component and hook', async () => {
    expect(
      existsSync(`${root}dist/index.d.ts`),
      'build first: pnpm --filter @linkwheel/core --filter @linkwheel/react build',
    ).toBe(true)
    const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'))
    const run = promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.react18.json'], {
      cwd: root,
    })
    await expect(run.then(({ stdout }) => stdout)).resolves.toBe('')
  }, 60_000)
})
