import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { frameHtml } from './frame/frameHtml.js'

/** The three browser files the mock API serves under `/link/`. */
export interface SandboxLinkAssets {
  /** `pinwheel.js`: the host script that defines `window.Pinwheel` (IIFE). */
  hostScript: string
  /** `frame.html`: the modal page loaded in the iframe; it loads `./frame.js`. */
  frameHtml: string
  /** `frame.js`: the modal UI (IIFE). */
  frameScript: string
}

/** File names of the browser build in `dist/`. */
export const sandboxLinkFileNames = {
  hostScript: 'pinwheel.js',
  frameHtml: 'frame.html',
  frameScript: 'frame.js',
} as const

const here = dirname(fileURLToPath(import.meta.url))
// Running from `src/` (the `source` condition) or from `dist/` (the published build).
const runningFromSource = basename(here) === 'src'
const srcDir = runningFromSource ? here : join(here, '..', 'src')
const distDir = runningFromSource ? join(here, '..', 'dist') : here

let cached: Promise<SandboxLinkAssets> | undefined

/**
 * The sandbox Link's browser files, as strings, for a server to send.
 *
 * Reads the built files from `dist/` when they are present (and, when running from sources, no
 * older than `src/`); otherwise bundles `src/host/pinwheel.ts` and `src/frame/frame.ts` with
 * esbuild. The result is memoised; a failed build is not, so a later call retries.
 *
 * @example
 * const { hostScript } = await getSandboxLinkAssets()
 * app.get('/link/pinwheel.js', (c) => c.body(hostScript, 200, { 'content-type': 'text/javascript' }))
 */
export function getSandboxLinkAssets(): Promise<SandboxLinkAssets> {
  cached ??= loadAssets().catch((error: unknown) => {
    cached = undefined
    throw new Error(
      `[linkwheel] Could not build the sandbox Link assets: run \`pnpm --filter @linkwheel/sandbox-link build\` or check that esbuild is installed.`,
      { cause: error },
    )
  })
  return cached
}

async function loadAssets(): Promise<SandboxLinkAssets> {
  const fromDist = await readDist()
  if (fromDist) return fromDist
  return bundleSources()
}

async function readDist(): Promise<SandboxLinkAssets | undefined> {
  const paths = Object.values(sandboxLinkFileNames).map((name) => join(distDir, name))
  const stats = await Promise.all(paths.map((path) => stat(path).catch(() => undefined)))
  if (stats.some((s) => s === undefined)) return undefined
  if (runningFromSource) {
    const oldestDist = Math.min(...stats.map((s) => s?.mtimeMs ?? 0))
    if ((await newestSourceTime(srcDir)) > oldestDist) return undefined
  }
  const [hostScript, html, frameScript] = await Promise.all(
    paths.map((path) => readFile(path, 'utf8')),
  )
  return { hostScript: hostScript ?? '', frameHtml: html ?? '', frameScript: frameScript ?? '' }
}

async function newestSourceTime(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const times = await Promise.all(
    entries
      .filter(
        (entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name),
      )
      .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).mtimeMs),
  )
  return Math.max(0, ...times)
}

/** Bundles the host and frame scripts from `src/` as browser IIFEs. */
export async function bundleSources(): Promise<SandboxLinkAssets> {
  const { build } = await import('esbuild')
  const bundle = async (entry: string): Promise<string> => {
    const result = await build({
      entryPoints: [join(srcDir, entry)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      write: false,
      minify: false,
      legalComments: 'none',
    })
    const file = result.outputFiles[0]
    if (!file) throw new Error(`esbuild produced no output for ${entry}`)
    return file.text
  }
  const [hostScript, frameScript] = await Promise.all([
    bundle('host/pinwheel.ts'),
    bundle('frame/frame.ts'),
  ])
  return { hostScript, frameHtml, frameScript }
}
