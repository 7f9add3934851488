import { defineProject } from 'vitest/config'
import { chromiumBrowser } from '../../vitest.browser.shared.ts'
import { clientConditions } from '../../vitest.shared.ts'

/** What only a real browser shows: script loading, load/error events and CSP blocking in Chromium. */
export default defineProject({
  resolve: { conditions: clientConditions },
  test: {
    name: 'core-browser',
    include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
    // Serves the Link script in chosen failure modes from another origin (test/faults).
    globalSetup: ['./test/faults/faultScriptServer.ts'],
    testTimeout: 20_000,
    browser: chromiumBrowser(),
  },
})
