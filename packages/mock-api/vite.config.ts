import { builtinModules } from 'node:module'
import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    ssr: true,
    lib: { entry: { index: 'src/index.ts', cli: 'src/cli.ts' }, formats: ['es'] },
    minify: false,
    sourcemap: true,
    target: 'node20',
    rolldownOptions: {
      external: [
        ...builtinModules,
        /^node:/,
        /^hono/,
        /^@hono\//,
        /^jose/,
        /^zod/,
        /^@linkwheel\//,
      ],
    },
  },
})
