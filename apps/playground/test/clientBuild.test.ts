import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sandboxApiSecret } from '@linkwheel/mock-api'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendHttp } from './sendHttp'
import { startTestServer } from './startTestServer'

const root = fileURLToPath(new URL('..', import.meta.url))
// Set while building: a client that read the environment would bake it in.
const envSecret = 'pw_sandbox_build_scan_9e27c1'

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

describe('the built playground client', () => {
  let outDir = ''
  let files: { path: string; text: string }[] = []

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'playground-build-'))
    const previous = process.env.PINWHEEL_API_SECRET
    process.env.PINWHEEL_API_SECRET = envSecret
    try {
      await build({
        configFile: join(root, 'vite.config.ts'),
        root,
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      })
    } finally {
      if (previous === undefined) delete process.env.PINWHEEL_API_SECRET
      else process.env.PINWHEEL_API_SECRET = previous
    }
    files = await Promise.all(
      (await listFiles(outDir)).map(async (path) => ({ path, text: await readFile(path, 'utf8') })),
    )
  }, 120_000)

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true })
  })

  it('is a page with its script and styles, and no source maps', () => {
    const names = files.map((file) => file.path.slice(outDir.length + 1))
    expect(names).toContain('index.html')
    expect(names.some((name) => /^assets\/.+\.js$/.test(name))).toBe(true)
    expect(names.some((name) => /^assets\/.+\.css$/.test(name))).toBe(true)
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([])
    for (const file of files) expect(file.text, file.path).not.toContain('sourceMappingURL')
    // The scan is only meaningful if the app's own code is in there.
    expect(files.some((file) => file.text.includes('/api/link-token'))).toBe(true)
  })

  it('contains no API secret: neither the sandbox default nor one from the environment', () => {
    for (const file of files) {
      expect(file.text, file.path).not.toContain(sandboxApiSecret)
      expect(file.text, file.path).not.toContain(envSecret)
    }
  })

  it('is previewed with no source map handed out and a JSON 404 for unknown API paths', async () => {
    const script = files.find((file) => /assets\/.+\.js$/.test(file.path))!
    const scriptPath = script.path.slice(outDir.length)
    // A map planted next to the build is still not served.
    await writeFile(`${script.path}.map`, '{"version":3,"sources":["secret.ts"]}')
    const server = await startTestServer({ distDir: outDir })
    try {
      expect((await sendHttp(server.port, { path: scriptPath })).status).toBe(200)
      const map = await sendHttp(server.port, { path: `${scriptPath}.map` })
      expect(map.status).toBe(404)
      expect(map.text).not.toContain('secret.ts')
      const api = await sendHttp(server.port, { path: '/api/nothing-here' })
      expect(api.status).toBe(404)
      expect(api.json.error.code).toBe('not_found')
      expect((await sendHttp(server.port, { path: '/some/page' })).text).toContain(
        '<div id="root">',
      )
    } finally {
      await server.close()
    }
  })

  it('contains nothing shaped like a live or test secret key', () => {
    for (const file of files)
      expect(file.text, file.path).not.toMatch(/(sk|secret)_(live|test)_[A-Za-z0-9]{8,}/)
  })
})
