import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { packageVersion } from './packageVersion'
import { benchDir } from './paths'
import type { SectionResult } from './SectionResult'

/** One app variant: what it imports and renders beside the baseline's button. */
interface AppVariant {
  id: string
  label: string
  /** Import lines. */
  imports: string
  /** A React element expression rendered in the app. */
  element: string
}

const variants: readonly AppVariant[] = [
  { id: 'baseline', label: 'React app, no Link SDK', imports: '', element: 'null' },
  {
    id: 'PinwheelLink',
    label: '+ `<PinwheelLink>` (@linkwheel/react)',
    imports: "import { PinwheelLink } from '@linkwheel/react'",
    element: "h(PinwheelLink, { linkToken: 'pw_token' }, 'Connect')",
  },
  {
    id: 'PinwheelLink+analytics',
    label: '+ `PinwheelLink`, `usePinwheelEvents(selectFunnel)`',
    imports:
      "import { PinwheelLink, usePinwheelEvents, selectFunnel } from '@linkwheel/react'\nconst Funnel = () => String(usePinwheelEvents(selectFunnel).all.counts.opened)",
    element: "h('div', null, h(PinwheelLink, { linkToken: 'pw_token' }, 'Connect'), h(Funnel))",
  },
  {
    id: '@pinwheel/react-modal',
    label: '+ `PinwheelModal` (@pinwheel/react-modal)',
    imports: "import PinwheelModal from '@pinwheel/react-modal'",
    element: "h(PinwheelModal, { open: false, linkToken: 'pw_token' })",
  },
  {
    id: 'react-plaid-link',
    label: '+ `PlaidLink` (react-plaid-link)',
    imports: "import { PlaidLink } from 'react-plaid-link'",
    element: "h(PlaidLink, { token: 'link-sandbox', onSuccess() {} }, 'Connect')",
  },
]

/** Gzip bytes (level 9) of every JS file a production build wrote, summed. */
function builtJsGzip(outDir: string): number {
  let total = 0
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (file.endsWith('.js')) total += gzipSync(readFileSync(file), { level: 9 }).byteLength
    }
  }
  walk(outDir)
  return total
}

/**
 * Section 1b: what each SDK adds to a real Vite production build of the same small React app
 * (React and react-dom bundled, as an app ships them), beside the official wrapper and
 * react-plaid-link. Builds from the packages' `dist`, like an installed app.
 */
export async function benchViteApp(): Promise<SectionResult> {
  const root = path.join(benchDir, '.vite-app')
  const sizes = new Map<string, number>()
  try {
    for (const variant of variants) {
      const dir = path.join(root, variant.id.replace(/[^\w+-]/g, '_'))
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        path.join(dir, 'index.html'),
        '<div id="root"></div><script type="module" src="./main.js"></script>',
      )
      writeFileSync(
        path.join(dir, 'main.js'),
        `import { createElement as h } from 'react'\nimport { createRoot } from 'react-dom/client'\n${variant.imports}\nconst App = () => h('main', null, h('button', null, 'Hello'), ${variant.element})\ncreateRoot(document.getElementById('root')).render(h(App))\n`,
      )
      await build({
        root: dir,
        logLevel: 'silent',
        configFile: false,
        mode: 'production',
        build: { outDir: path.join(dir, 'dist'), emptyOutDir: true, minify: true },
      })
      sizes.set(variant.id, builtJsGzip(path.join(dir, 'dist')))
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  const baseline = sizes.get('baseline') ?? 0
  const rows = variants.map((variant) => {
    const total = sizes.get(variant.id) ?? 0
    const name = /^@|^react-/.test(variant.id) ? variant.id : '@linkwheel/react'
    return [
      variant.label,
      variant.id === 'baseline' ? '–' : packageVersion(name),
      total,
      variant.id === 'baseline' ? 0 : total - baseline,
    ]
  })
  return {
    id: 'viteApp',
    title: '1b. Bytes added to a Vite production build',
    status: 'ok',
    reason: null,
    method:
      '`vite build` (production, default minifier) of one small React app per row, React and react-dom bundled; gzip -9 of all emitted JS, minus the app without any Link SDK.',
    columns: ['app', 'version', 'JS gzip (B)', 'added (B)'],
    rows,
    notes: [],
    data: Object.fromEntries(sizes),
  }
}
