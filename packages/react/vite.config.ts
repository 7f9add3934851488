import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        client: 'src/client.ts',
        testing: 'src/testing/index.ts',
        persist: 'src/persist.ts',
      },
      formats: ['es'],
    },
    minify: false,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      external: [
        /^\.\/client\.js$/,
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^zustand/,
        /^@linkwheel\/core/,
      ],
      // Four files: `index` (core's plain functions, which RSC bundlers run on the server, plus
      // a re-export of `./client.js`, kept external so that it stays one file), `client` (every
      // React module, behind the one 'use client' of its entry), `testing` and `persist`. One
      // client file means one import of React in an app's bundle.
      output: { entryFileNames: '[name].js' },
      // Rolldown keeps an entry module's directive (the test checks it); only that one exists.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log)
      },
    },
  },
})
