import { defineProject } from 'vitest/config'
import { clientConditions, serverConditions } from '../vitest.shared.ts'

// The README examples (each a file the README includes) and the check that the READMEs match them.
export default defineProject({
  resolve: { conditions: clientConditions },
  // Files marked `@vitest-environment node` (the mock API examples) resolve as a server does.
  ssr: { resolve: { conditions: serverConditions } },
  test: {
    name: 'examples',
    environment: 'jsdom',
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**'],
    setupFiles: ['./setupTests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
})
