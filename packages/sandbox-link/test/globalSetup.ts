import { randomBytes } from 'node:crypto'
import { startMockPinwheelApi } from '@linkwheel/mock-api'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the mock API the sandbox Link talks to. */
    mockApiUrl: string
    /** A second mock API sharing the signing key, its clock two hours behind: its tokens arrive expired. */
    pastMockApiUrl: string
    /** `x-api-secret` of both. */
    mockApiSecret: string
  }
}

/** Starts the real mock API (random ports) for the browser tests, and stops it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const linkTokenSigningKey = randomBytes(32)
  const apiSecret = 'pw_sandbox_browser_tests'
  const current = await startMockPinwheelApi({ port: 0, apiSecret, linkTokenSigningKey })
  const past = await startMockPinwheelApi({
    port: 0,
    apiSecret,
    linkTokenSigningKey,
    clock: () => new Date(Date.now() - 2 * 60 * 60 * 1000),
  })
  project.provide('mockApiUrl', current.url)
  project.provide('pastMockApiUrl', past.url)
  project.provide('mockApiSecret', apiSecret)
  return async () => {
    await Promise.all([current.close(), past.close()])
  }
}
