import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    lib: {
      entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
      formats: ['es'],
    },
    minify: false,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^zustand/, /^@linkwheel\/core/],
      // Next.js and other RSC frameworks need the directive in the shipped file.
      output: {
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
})
