import { defineProject } from 'vitest/config'
import { serverConditions } from '../../vitest.shared.ts'

export default defineProject({
  resolve: { conditions: serverConditions },
  ssr: { resolve: { conditions: serverConditions } },
  test: {
    name: 'mock-api',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    restoreMocks: true,
  },
})
