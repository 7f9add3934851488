import { defineProject } from 'vitest/config'
import { serverConditions } from '../../vitest.shared.ts'

/** Node unit tests of the server-side entry (assets, fixtures, protocol guards). */
export default defineProject({
  resolve: { conditions: serverConditions },
  test: {
    name: 'sandbox-link',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/*.browser.test.*', '**/node_modules/**'],
    restoreMocks: true,
  },
})
