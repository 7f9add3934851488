// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let outDir = ''

// The same library build as `pnpm --filter @linkwheel/react build`, written to a temp folder.
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'linkwheel-react-build-'))
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  })
}, 60_000)
afterAll(() => rm(outDir, { recursive: true, force: true }))

describe("the built package's 'use client' directive", () => {
  it('opens dist/index.js, once, so RSC frameworks treat the components as client code', async () => {
    const code = await readFile(join(outDir, 'index.js'), 'utf8')
    expect(code.split('\n', 1)[0]).toMatch(/^["']use client["'];?$/)
    expect(code.match(/["']use client["']/g)).toHaveLength(1)
    expect(code).toMatch(/export \* from ["']@linkwheel\/core["']/)
  })

  it('is not on the test kit, which is not a component module', async () => {
    const code = await readFile(join(outDir, 'testing.js'), 'utf8')
    expect(code).not.toMatch(/["']use client["']/)
  })
})
