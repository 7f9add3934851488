import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    lib: { entry: { index: 'src/index.ts', persist: 'src/persist.ts' }, formats: ['es'] },
    minify: false,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: { external: [/^zustand/] },
  },
})
