import { defineConfig } from 'vite'

/** Library build of the Node entry (fixtures + getSandboxLinkAssets); the browser files come from scripts/build-browser.mjs. */
export default defineConfig({
  build: {
    lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
    minify: false,
    sourcemap: true,
    target: 'node20',
    rolldownOptions: { external: [/^node:/, 'esbuild'] },
  },
})
