import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'
import { chromiumBrowser } from '../../vitest.browser.shared.ts'
import { clientConditions, serverConditions } from '../../vitest.shared.ts'
import { mockApiRequest } from '../sandbox-link/test/mockApiRequest.ts'

/**
 * `<PinwheelLink>` in Chromium against the real sandbox Link script, served by the real mock API.
 * Reuses sandbox-link's test setup: its `globalSetup` starts the mock API on a random port (URL
 * passed with `provide` / `inject`), its `mockApiRequest` command creates Link tokens from Node
 * (`/v1` has no CORS), and its `linkHarness` drives the cross-origin Link frame.
 */
export default defineProject({
  resolve: {
    conditions: clientConditions,
    // Neither package lists mock-api (it depends on sandbox-link): reach its sources directly,
    // as sandbox-link's own browser config does.
    alias: {
      '@linkwheel/mock-api': fileURLToPath(new URL('../mock-api/src/index.ts', import.meta.url)),
    },
  },
  ssr: { resolve: { conditions: serverConditions, externalConditions: serverConditions } },
  optimizeDeps: { include: ['react', 'react-dom/client', 'zustand', 'zustand/shallow'] },
  test: {
    name: 'react-browser',
    include: ['test/**/*.browser.test.tsx'],
    globalSetup: ['../sandbox-link/test/globalSetup.ts'],
    testTimeout: 30_000,
    fileParallelism: false,
    browser: { ...chromiumBrowser({ linkFrame: true }), commands: { mockApiRequest } },
  },
})
