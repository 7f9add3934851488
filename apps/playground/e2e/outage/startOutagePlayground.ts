/**
 * E2E only (Playwright's second web server, never `pnpm dev` or the preview): the real playground
 * (Vite dev server + the real backend) with its own mock API, plus two routes that stop and start
 * that mock API while the playground keeps running, so a test can show what the page says when
 * the mock API goes down. Run with `node --conditions=source --import tsx`.
 */
import { fileURLToPath } from 'node:url'
import {
  type RunningMockPinwheelApi,
  sandboxApiSecret,
  startMockPinwheelApi,
} from '@linkwheel/mock-api'
import { Hono } from 'hono'
import { createPlaygroundBackend } from '../../server/createPlaygroundBackend'
import { startPlaygroundServer } from '../../server/startPlaygroundServer'
import { outageServer } from './outageServer'

const root = fileURLToPath(new URL('../..', import.meta.url))
const mockApiUrl = `http://127.0.0.1:${outageServer.mockApiPort}`

async function main(): Promise<void> {
  const backend = createPlaygroundBackend({
    pinwheelApiUrl: mockApiUrl,
    apiSecret: sandboxApiSecret,
    scriptUrl: `${mockApiUrl}/link/pinwheel.js`,
    webhookUrl: `http://127.0.0.1:${outageServer.playgroundPort}/api/webhooks`,
  })
  const startMock = () =>
    startMockPinwheelApi({
      port: outageServer.mockApiPort,
      host: '127.0.0.1',
      apiSecret: sandboxApiSecret,
    })
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
  api.route('/', backend.api)

  const playground = await startPlaygroundServer({
    api,
    root,
    port: outageServer.playgroundPort,
  })
  console.log(`  e2e outage playground on ${outageServer.url}, its mock API on ${mockApiUrl}`)

  const stop = async () => {
    await Promise.allSettled([playground.close(), mock?.close()])
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(`[e2e outage playground] could not start: ${String(error)}`)
  process.exit(1)
})
