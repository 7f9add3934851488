import { defineProject } from 'vitest/config'
import { clientConditions } from '../../vitest.shared.ts'

export default defineProject({
  resolve: { conditions: clientConditions },
  test: {
    name: 'core',
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/*.browser.test.*', '**/node_modules/**'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    restoreMocks: true,
  },
})
