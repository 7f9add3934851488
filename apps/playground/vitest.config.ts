import { defaultServerConditions } from 'vite'
import { defineProject } from 'vitest/config'

const serverConditions = ['source', ...defaultServerConditions]

// Backend unit tests (Node) and the client build scan. The browser flows are Playwright's (e2e/).
export default defineProject({
  resolve: { conditions: serverConditions },
  ssr: { resolve: { conditions: serverConditions } },
  test: {
    name: 'playground',
    environment: 'node',
    include: ['server/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['e2e/**', '**/node_modules/**'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
})
