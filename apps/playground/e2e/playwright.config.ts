import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { chromiumArgs } from '../../../vitest.shared'
import { outageServer } from './outage/outageServer'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * End-to-end flows against the running playground. The first web server is the README's first
 * command, `pnpm dev`, run from the repository root (it starts the mock API too). The second is an
 * e2e-only playground whose mock API a test stops and starts (`outage/`).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './artifacts/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // CI names the JSON report with PLAYWRIGHT_JSON_OUTPUT_NAME; locally it goes to artifacts/.
  reporter: [
    ['list'],
    [
      'json',
      process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? {} : { outputFile: 'artifacts/e2e-report.json' },
    ],
  ],
  use: {
    baseURL: 'http://localhost:5173',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: [
    {
      // E2E_PREVIEW=1 runs the same flows against the built app (`vite build` + `--preview`).
      command: process.env.E2E_PREVIEW
        ? 'pnpm --filter @linkwheel/playground build && pnpm --filter @linkwheel/playground preview'
        : 'pnpm dev',
      cwd: repoRoot,
      url: 'http://localhost:5173',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'node --conditions=source --import tsx e2e/outage/startOutagePlayground.ts',
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      url: `${outageServer.url}/api/config`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
})
