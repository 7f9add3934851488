import { realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { rootDir } from './paths'

/**
 * Where Node resolves `specifier` from the bench (relative to the workspace root), so a section can
 * show it measured the built `dist` and not the TypeScript sources.
 */
export function resolvedFrom(specifier: string): string {
  try {
    return path.relative(rootDir, realpathSync(fileURLToPath(import.meta.resolve(specifier))))
  } catch (error) {
    return `unresolved (${error instanceof Error ? error.message : String(error)})`
  }
}
