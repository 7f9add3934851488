import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { rootDir } from './paths'

/** The state of one workspace package's `dist` after {@link ensurePackagesBuilt}. */
export interface PackageBuildState {
  /** Folder name under `packages/`. */
  name: string
  /** `true` when `dist/index.js` exists and is newer than every file in `src`. */
  fresh: boolean
  /** Why it is not fresh (missing, stale, build failed), a warning when measured stale, or `null`. */
  problem: string | null
}

/** The packages whose built output the benchmarks measure. */
export const measuredPackages = ['core', 'react', 'sandbox-link', 'mock-api'] as const

function newestSourceMtime(dir: string): number {
  let newest = 0
  if (!existsSync(dir)) return newest
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    // Tests never reach `dist`, so editing them must not force a rebuild.
    if (/\.(test|test-d|browser\.test)\.tsx?$/.test(entry.name)) continue
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

function inspect(name: string): PackageBuildState {
  const pkgDir = path.join(rootDir, 'packages', name)
  const entry = path.join(pkgDir, 'dist', 'index.js')
  if (!existsSync(entry)) return { name, fresh: false, problem: 'dist/index.js missing' }
  if (newestSourceMtime(path.join(pkgDir, 'src')) > statSync(entry).mtimeMs) {
    return { name, fresh: false, problem: 'dist older than src' }
  }
  return { name, fresh: true, problem: null }
}

/**
 * Makes sure what the benchmarks measure is what users install: the packages' built `dist`.
 * Runs `pnpm --filter ./packages/** run build` when a package's `dist` is missing or older than its
 * `src` (or always, with `force`). A failing build (a colleague's work in progress) is reported
 * per package, never thrown, so sections that need it can say they were skipped.
 *
 * @param options.force Rebuild even when every `dist` looks fresh. @default false
 * @param options.allowStale Measure a `dist` that is older than `src` (while colleagues edit), marked
 *   as such in the output, instead of skipping the sections that need it. @default false
 * @param options.log Where progress lines go. @default console.error
 */
export function ensurePackagesBuilt(
  options: { force?: boolean; allowStale?: boolean; log?: (line: string) => void } = {},
): PackageBuildState[] {
  const log = options.log ?? ((line: string) => console.error(line))
  const before = measuredPackages.map(inspect)
  if (!options.force && before.every((state) => state.fresh)) return before
  const reasons = before.filter((s) => !s.fresh).map((s) => `${s.name}: ${s.problem}`)
  log(`[bench] building packages (${options.force ? 'forced' : reasons.join(', ')})`)
  const result = spawnSync('pnpm', ['--filter', './packages/**', '--no-bail', 'run', 'build'], {
    cwd: rootDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (result.status !== 0) {
    log(`[bench] package build exited ${result.status}; sections that need a failed package skip`)
    log((result.stdout + result.stderr).split('\n').slice(-15).join('\n'))
  }
  return measuredPackages.map((name) => {
    const state = inspect(name)
    if (state.fresh) return state
    if (options.allowStale && state.problem === 'dist older than src') {
      return {
        name,
        fresh: true,
        problem: 'STALE: dist older than src, measured anyway (--allow-stale)',
      }
    }
    return { ...state, problem: `build failed (${state.problem})` }
  })
}
