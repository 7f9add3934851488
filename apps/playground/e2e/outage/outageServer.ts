/**
 * Ports of the e2e outage playground: a second playground whose mock API a test can stop and start
 * again (see `startOutagePlayground.ts`). Other ports than `pnpm dev`'s 5173/4010, so both run.
 */
export const outageServer = {
  /** Port of the outage playground's page and `/api`. */
  playgroundPort: 5183,
  /** Port of its own mock Pinwheel API (which also serves the sandbox Link script). */
  mockApiPort: 4021,
  /** The page's URL. */
  get url(): string {
    return `http://localhost:${this.playgroundPort}`
  },
  /** `POST` here stops its mock API (the playground keeps running). */
  stopMockApiPath: '/api/e2e/mock-api/stop',
  /** `POST` here starts its mock API again on the same port. */
  startMockApiPath: '/api/e2e/mock-api/start',
  /** `POST` here makes its webhook receiver answer 503 (the mock retries briefly, then gives up). */
  dropWebhooksPath: '/api/e2e/webhooks/drop',
  /** `POST` here makes its webhook receiver accept deliveries again. */
  acceptWebhooksPath: '/api/e2e/webhooks/accept',
} as const
