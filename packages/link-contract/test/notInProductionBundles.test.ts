import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LINK_CONTRACT_MARKER } from '../src'

const packagesDir = fileURLToPath(new URL('../..', import.meta.url))
const shipped = ['core', 'react', 'sandbox-link'] as const

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(m?js|html)$/.test(file))
    .map((file) => join(dir, file))
}

describe('@linkwheel/link-contract stays out of production', () => {
  it.each(shipped.map((name) => [name]))('is no runtime dependency of %s', (name) => {
    const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'))
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
      expect(Object.keys(manifest[field] ?? {})).not.toContain('@linkwheel/link-contract')
  })

  // CI builds before it tests; locally a package not built yet is skipped, never passed blind.
  it.for(shipped)('is in no built file of %s', (name, context) => {
    const dist = join(packagesDir, name, 'dist')
    if (!existsSync(dist)) {
      if (process.env.CI) throw new Error(`${dist} is missing: run pnpm build before the tests`)
      context.skip(`${name} is not built`)
    }
    const files = builtFiles(dist)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(text.includes(LINK_CONTRACT_MARKER), file).toBe(false)
      expect(text.includes('@linkwheel/link-contract'), file).toBe(false)
    }
  })
})
