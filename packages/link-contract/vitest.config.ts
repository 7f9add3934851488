import { defineProject } from 'vitest/config'
import { serverConditions } from '../../vitest.shared.ts'

/** The contract checks itself: every fixture against its Link major, and no dist imports it. */
export default defineProject({
  resolve: { conditions: serverConditions },
  test: {
    name: 'link-contract',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    restoreMocks: true,
  },
})
