import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

// Workspace packages are read from their sources (the `source` export condition), so the
// playground runs with no package build. `pnpm dev` runs Vite inside its own server
// (server/startPlaygroundServer.ts); these settings also lock down a bare `vite` run: loopback
// only, its own host names, and files only from the app and the workspace packages.
export default defineConfig({
  root,
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    host: '127.0.0.1',
    allowedHosts: ['localhost', '127.0.0.1'],
    fs: {
      strict: true,
      allow: [
        root,
        fileURLToPath(new URL('../../packages', import.meta.url)),
        fileURLToPath(new URL('../../node_modules', import.meta.url)),
      ],
    },
  },
  preview: { host: '127.0.0.1', allowedHosts: ['localhost', '127.0.0.1'] },
  // No source maps in the build: the preview must not hand out the sources.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
})
