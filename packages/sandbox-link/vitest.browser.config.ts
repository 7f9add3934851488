import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'
import { chromiumBrowser } from '../../vitest.browser.shared.ts'
import { clientConditions, serverConditions } from '../../vitest.shared.ts'
import { mockApiRequest } from './test/mockApiRequest.ts'

/**
 * Every Link flow in Chromium against the real mock API, which `test/globalSetup.ts` starts on a
 * random port (URL passed with `provide` / `inject`). Tests drive the cross-origin frame with
 * `page.frameLocator` and create tokens through the `mockApiRequest` command (Node side).
 */
export default defineProject({
  resolve: {
    conditions: clientConditions,
    // mock-api depends on sandbox-link, so sandbox-link cannot list it back (a workspace cycle
    // would scramble build order); the test setup reaches its sources directly.
    alias: {
      '@linkwheel/mock-api': fileURLToPath(new URL('../mock-api/src/index.ts', import.meta.url)),
    },
  },
  ssr: { resolve: { conditions: serverConditions, externalConditions: serverConditions } },
  optimizeDeps: { include: ['react', 'react-dom/client', '@pinwheel/react-modal'] },
  test: {
    name: 'sandbox-link-browser',
    include: ['test/**/*.browser.test.{ts,tsx}', 'src/**/*.browser.test.{ts,tsx}'],
    globalSetup: ['./test/globalSetup.ts'],
    testTimeout: 30_000,
    fileParallelism: false,
    browser: { ...chromiumBrowser({ linkFrame: true }), commands: { mockApiRequest } },
  },
})
