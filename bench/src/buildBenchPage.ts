import path from 'node:path'
import { build } from 'esbuild'
import { benchDir } from './paths'

/**
 * Bundles the bench page (`src/page/benchPage.tsx`) with React and the linkwheel packages' built
 * `dist`, as an app would ship it. `production` is the build users run; `development` keeps
 * StrictMode's double mount, the case users report duplicate script tags in.
 */
export async function buildBenchPage(nodeEnv: 'production' | 'development'): Promise<string> {
  const result = await build({
    entryPoints: [path.join(benchDir, 'src', 'page', 'benchPage.tsx')],
    bundle: true,
    minify: nodeEnv === 'production',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    conditions: [],
    // No workspace `paths`: resolve @linkwheel/* through node_modules to their dist.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('esbuild produced no bench page bundle')
  return output.text
}
