/**
 * The one list of test projects. The root `vitest.config.ts` feeds it to
 * `test.projects` (Vitest 4 no longer reads this file by itself).
 */
export default [
  'packages/core/vitest.config.ts',
  'packages/core/vitest.browser.config.ts',
  'packages/react/vitest.config.ts',
  'packages/react/vitest.browser.config.ts',
  'packages/mock-api/vitest.config.ts',
  'packages/link-contract/vitest.config.ts',
  'packages/sandbox-link/vitest.config.ts',
  'packages/sandbox-link/vitest.browser.config.ts',
  'apps/playground/vitest.config.ts',
  'bench/vitest.config.ts',
  'examples/vitest.config.ts',
]
