import { playwright } from '@vitest/browser-playwright'
import { defineProject } from 'vitest/config'
import { chromiumArgs, chromiumPath, clientConditions } from '../../vitest.shared'

/** What only a real browser shows: script loading, load/error events and CSP blocking in Chromium. */
export default defineProject({
  resolve: { conditions: clientConditions },
  test: {
    name: 'core-browser',
    include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
    // Serves the Link script in chosen failure modes from another origin (test/faults).
    globalSetup: ['./test/faults/faultScriptServer.ts'],
    testTimeout: 20_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
