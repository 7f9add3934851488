import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMockPinwheelApi } from '@linkwheel/mock-api'
import { createPlaygroundBackend } from '../server/createPlaygroundBackend'
import { loopbackHostNames, originsOf } from '../server/http/allowedHosts'
import { startPlaygroundServer } from '../server/startPlaygroundServer'
import { testSecret } from './createTestPlayground'
import { freePort } from './freePort'
import { openTestDatabase } from './openTestDatabase'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * The real playground server (guards, Vite dev server or a build's preview) on a free loopback
 * port, its backend on the test database, talking to an in-process mock API whose webhooks reach
 * the server over HTTP. `pinwheelRequests` lists what the backend asked the mock.
 */
export async function startTestServer(options: { backendSecret?: string; distDir?: string } = {}) {
  const port = await freePort()
  const origin = `http://localhost:${port}`
  const mockOptions = {
    apiSecret: testSecret,
    allowPrivateWebhookUrls: true,
    webhookRetry: { initialDelayMs: 5, maxDelayMs: 20, maxAttempts: 4 },
  }
  const mock = createMockPinwheelApi(mockOptions)
  const pinwheelRequests: string[] = []
  const backend = createPlaygroundBackend({
    db: await openTestDatabase(),
    allowedOrigins: originsOf(loopbackHostNames, port),
    pinwheelApiUrl: 'http://mock.test',
    apiSecret: options.backendSecret ?? testSecret,
    scriptUrl: 'http://mock.test/link/pinwheel.js',
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks`,
    fetch: ((input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init)
      pinwheelRequests.push(`${request.method} ${new URL(request.url).pathname}`)
      return mock.fetch(request)
    }) as typeof fetch,
  })
  const server = await startPlaygroundServer({
    api: backend.api,
    root,
    port,
    ...(options.distDir ? { preview: true, distDir: options.distDir } : {}),
  })
  return {
    port,
    origin,
    mock,
    backend,
    server,
    pinwheelRequests,
    /** The repository's root folder (for the files the dev server must not hand out). */
    repo: join(root, '..', '..'),
    async close() {
      mock.close()
      await server.close()
    },
  }
}
