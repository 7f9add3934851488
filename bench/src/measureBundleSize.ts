import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { benchDir } from './paths'

/** Modules left out of every measured bundle: the app already ships React. */
export const sizeExternals = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom/client',
] as const

/** Sizes in bytes of one bundled entry. */
export interface BundleSize {
  /** Minified output. */
  minified: number
  /** Minified, then gzip level 9 (`node:zlib`). */
  gzip: number
  /** Minified, then brotli quality 11 (`node:zlib`). */
  brotli: number
  /** Packages with at least one byte in the bundle (from esbuild's metafile), sorted. */
  packages: string[]
  /** Minified bytes per input file, largest first (from esbuild's metafile). */
  inputs: { file: string; bytes: number }[]
}

/** The package a bundled input file came from, or `(entry)` for the virtual entry. */
function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input)
  if (match?.[1]) return match[1]
  const workspace = /(?:^|\/)packages\/([^/]+)\/([^/]+)\//.exec(input)
  if (workspace?.[1]) return `@linkwheel/${workspace[1]} (${workspace[2]})`
  return '(entry)'
}

/**
 * Bundles `source` (an ES module that re-exports what an app imports) the way an app's bundler
 * would: esbuild `bundle` + `minify`, ESM, browser platform, production `NODE_ENV`, React
 * external, everything else (zustand included) bundled. Then compresses the output.
 *
 * @param source The entry module, e.g. `export { PinwheelLink } from '@linkwheel/react'`.
 * @param options.conditions Extra export conditions, e.g. `['source']` to read sources.
 * @default options.conditions [] (the packages' `import`/`default` exports: their dist)
 */
export async function measureBundleSize(
  source: string,
  options: { conditions?: string[] } = {},
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: benchDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Resolve like an app installing from npm: ignore the workspace tsconfig `paths` to sources.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    conditions: options.conditions ?? [],
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [...sizeExternals],
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('esbuild produced no output: check the entry source')
  const bytes = output.contents
  // What reached the output: an input whose code was all tree-shaken away is not shipped.
  const shipped = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {}).filter(
    ([, input]) => input.bytesInOutput > 0,
  )
  return {
    minified: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
    packages: [...new Set(shipped.map(([file]) => packageOf(file)))].sort(),
    inputs: shipped
      .map(([file, input]) => ({
        file: file.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, ''),
        bytes: input.bytesInOutput,
      }))
      .sort((a, b) => b.bytes - a.bytes),
  }
}
