import { defineProject } from 'vitest/config'
import { clientConditions } from '../../vitest.shared.ts'

export default defineProject({
  resolve: { conditions: clientConditions },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // *.ssr.test.* files run here too: their `@vitest-environment node` docblock drops jsdom.
    exclude: ['**/*.browser.test.*', '**/node_modules/**'],
    setupFiles: ['./test/setup.ts'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    restoreMocks: true,
  },
})
