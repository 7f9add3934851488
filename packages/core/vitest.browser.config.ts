import { playwright } from '@vitest/browser-playwright'
import { defineProject } from 'vitest/config'
import { chromiumArgs, chromiumPath, clientConditions } from '../../vitest.shared'

/** What only a real browser shows: script loading, load/error events and CSP blocking in Chromium. */
export default defineProject({
  resolve: { conditions: clientConditions },
  test: {
    name: 'core-browser',
    include: ['src/**/*.browser.test.ts'],
    testTimeout: 20_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
