/**
 * E2E only (Playwright's second web server, never `pnpm dev` or the preview): the real playground
 * (Vite dev server + the real backend) with its own mock API, plus routes that stop and start
 * that mock API while the playground keeps running, so a test can show what the page says when
 * the mock API goes down, and routes that make its webhook receiver drop deliveries (an outage
 * past Pinwheel's retries, for the reconcile). Run with `node --conditions=source --import tsx`.
 */
import { fileURLToPath } from 'node:url'
import {
  type RunningMockPinwheelApi,
  sandboxApiSecret,
  startMockPinwheelApi,
} from '@linkwheel/mock-api'
import { Hono } from 'hono'
import { createPlaygroundBackend } from '../../server/createPlaygroundBackend'
import { openDatabase } from '../../server/db/openDatabase'
import { loopbackHostNames, originsOf } from '../../server/http/allowedHosts'
import { startPlaygroundServer } from '../../server/startPlaygroundServer'
import { outageServer } from './outageServer'

const root = fileURLToPath(new URL('../..', import.meta.url))
const mockApiUrl = `http://127.0.0.1:${outageServer.mockApiPort}`

async function main(): Promise<void> {
  // Its data lives as long as the process: each e2e run starts empty.
  const db = await openDatabase({ dataDir: 'memory://' })
  const backend = createPlaygroundBackend({
    db,
    allowedOrigins: originsOf(loopbackHostNames, outageServer.playgroundPort),
    pinwheelApiUrl: mockApiUrl,
    apiSecret: sandboxApiSecret,
    scriptUrl: `${mockApiUrl}/link/pinwheel.js`,
    webhookUrl: `http://127.0.0.1:${outageServer.playgroundPort}/api/webhooks`,
  })
  // The mock refuses loopback webhook URLs unless told: this receiver is on loopback.
  const mockOptions = {
    port: outageServer.mockApiPort,
    host: '127.0.0.1',
    apiSecret: sandboxApiSecret,
    allowPrivateWebhookUrls: true,
    // Short retries, so a dropped delivery is given up on within a test.
    webhookRetry: { initialDelayMs: 50, maxDelayMs: 100, maxAttempts: 2 },
  }
  const startMock = () => startMockPinwheelApi(mockOptions)
  let mock: RunningMockPinwheelApi | null = await startMock()

  const api = new Hono()
  api.post(outageServer.stopMockApiPath, async (c) => {
    await mock?.close()
    mock = null
    return c.body(null, 204)
  })
  api.post(outageServer.startMockApiPath, async (c) => {
    mock ??= await startMock()
    return c.body(null, 204)
  })
  let dropWebhooks = false
  api.post(outageServer.dropWebhooksPath, (c) => {
    dropWebhooks = true
    return c.body(null, 204)
  })
  api.post(outageServer.acceptWebhooksPath, (c) => {
    dropWebhooks = false
    return c.body(null, 204)
  })
  api.use('/api/webhooks', async (c, next) => {
    if (dropWebhooks && c.req.method === 'POST') return c.text('receiver down (e2e)', 503)
    await next()
    return undefined
  })
  api.route('/', backend.api)

  const playground = await startPlaygroundServer({
    api,
    root,
    port: outageServer.playgroundPort,
  })
  console.log(`  e2e outage playground on ${outageServer.url}, its mock API on ${mockApiUrl}`)

  const stop = async () => {
    await Promise.allSettled([playground.close(), mock?.close()])
    await db.close().catch(() => {})
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(`[e2e outage playground] could not start: ${String(error)}`)
  process.exit(1)
})
