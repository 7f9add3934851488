// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build as esbuild } from 'esbuild'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
let outDir = ''
const useClient = /^["']use client["'];?\n/

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

describe("the built package's 'use client' directives", () => {
  it('open every module that uses React, and no other (the entry and the test kit included)', async () => {
    const files = (await readdir(outDir)).filter((file) => file.endsWith('.js'))
    expect(files).toContain('index.js')
    for (const file of files) {
      const code = await readFile(join(outDir, file), 'utf8')
      const usesReact = /from ["']react(?:\/[\w-]+)?["']/.test(code)
      expect([file, useClient.test(code)]).toEqual([file, usesReact])
    }
  })

  it("lets a server component call core's functions imported from @linkwheel/react, and gets client references for the components", async () => {
    // What an RSC bundler does: resolve with the react-server condition, and replace each
    // 'use client' module by references the client bundle fills in.
    const bundle = await esbuild({
      stdin: {
        contents: `export { createLinkEventStore, selectFunnel, parsePinwheelEvent, PinwheelLink, usePinwheelLink } from ${JSON.stringify(join(outDir, 'index.js'))}`,
        resolveDir: root,
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      conditions: ['react-server', 'source'],
      // The build sits in a temp folder: resolve its imports from this package, as if installed.
      nodePaths: [join(root, 'node_modules')],
      plugins: [
        {
          name: 'client-references',
          setup(b) {
            b.onLoad({ filter: /\.js$/ }, async ({ path }) => {
              const code = await readFile(path, 'utf8')
              if (!useClient.test(code)) return undefined
              const names = [
                ...(/export \{([^}]*)\}/.exec(code)?.[1] ?? '').matchAll(/(\w+)\s*(?:,|$)/g),
              ]
              return {
                contents: names
                  .map(
                    ([, name]) =>
                      `export const ${name} = { $$typeof: Symbol.for('react.client.reference'), name: '${name}' }`,
                  )
                  .join('\n'),
              }
            })
          },
        },
      ],
    })
    const file = join(outDir, 'server-component.mjs')
    await writeFile(file, bundle.outputFiles[0]?.text ?? '')
    const server = await import(pathToFileURL(file).href)
    const store = server.createLinkEventStore()
    store.getState().startSession({ sessionId: 's1' })
    store.getState().record('s1', 'open', {})
    expect(server.selectFunnel(store.getState()).all.counts.opened).toBe(1)
    expect(server.parsePinwheelEvent('open', {})).toEqual({ name: 'open', payload: {} })
    expect(server.PinwheelLink.$$typeof).toBe(Symbol.for('react.client.reference'))
    expect(server.usePinwheelLink.$$typeof).toBe(Symbol.for('react.client.reference'))
  }, 30_000)
})
