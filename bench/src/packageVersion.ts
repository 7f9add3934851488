import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { benchDir } from './paths'

const require = createRequire(`${benchDir}/package.json`)

/** The installed version of a package as the bench resolves it, or `?` when it is not installed. */
export function packageVersion(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'))
    return typeof manifest.version === 'string' ? manifest.version : '?'
  } catch {
    return '?'
  }
}
