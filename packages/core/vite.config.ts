import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    lib: { entry: { index: 'src/index.ts', persist: 'src/persist.ts' }, formats: ['es'] },
    minify: false,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      external: [/^zustand/],
      // One file per module: with `sideEffects: false`, an app's bundler drops every module it
      // does not use, whole (in one file, a top-level statement such as an array's `.filter()`
      // call stays, and with it what it reads).
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
})
