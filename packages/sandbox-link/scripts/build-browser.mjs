// Bundles the browser files of the sandbox Link into dist/: pinwheel.js (host), frame.js, frame.html.
// Run after `vite build` (which empties dist/). Same esbuild settings as getSandboxLinkAssets().
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'none',
}

await build({
  ...common,
  entryPoints: [join(root, 'src/host/pinwheel.ts')],
  outfile: join(root, 'dist/pinwheel.js'),
})
await build({
  ...common,
  entryPoints: [join(root, 'src/frame/frame.ts')],
  outfile: join(root, 'dist/frame.js'),
})

const html = await build({
  entryPoints: [join(root, 'src/frame/frameHtml.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
})
const source = html.outputFiles[0]?.text ?? ''
const { frameHtml } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
)
await writeFile(join(root, 'dist/frame.html'), frameHtml)
console.log('sandbox-link: wrote dist/pinwheel.js, dist/frame.js, dist/frame.html')
