import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    lib: {
      entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', persist: 'src/persist.ts' },
      formats: ['es'],
    },
    minify: false,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^zustand/, /^@linkwheel\/core/],
      // One file per module, so each keeps its own 'use client' directive (only the React
      // modules have one): RSC bundlers then run core's plain functions on the server.
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
})
