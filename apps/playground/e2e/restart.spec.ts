import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signWebhook } from '@linkwheel/mock-api'
import { expect, test } from '@playwright/test'
import { freePort } from '../test/freePort'
import { type SpawnedPlayground, spawnPlayground } from '../test/spawnPlayground'
import { unexpectedErrors, watchConsole } from './linkwheel'

// Its own `pnpm dev` process on free ports (not the shared web server), which the test kills.
const secret = 'pw_sandbox_e2e_restart_3a9d'

async function deliver(baseUrl: string, index: number): Promise<void> {
  const body = JSON.stringify({
    event: 'account.added',
    event_id: `evt-e2e-restart-${index}`,
    payload: { account_id: `acct-restart-${index}`, end_user_id: 'e2e_restart' },
  })
  // Like Pinwheel: retried until acknowledged.
  for (let attempt = 0; attempt < 600; attempt++) {
    const ok = await fetch(`${baseUrl}/api/webhooks`, {
      method: 'POST',
      body,
      headers: { ...signWebhook(body, secret), 'content-type': 'application/json' },
    }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`webhook ${index} was never acknowledged`)
}

test('the backend crashes and restarts: the open page keeps every webhook, once, and gets the new ones', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const dataDir = await mkdtemp(join(tmpdir(), 'playground-e2e-restart-'))
  const port = await freePort()
  const mockApiPort = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const start = () => spawnPlayground({ port, mockApiPort, secret, database: { dataDir } })
  let running: SpawnedPlayground | null = await start()
  try {
    const console = watchConsole(page)
    await page.goto(`http://localhost:${port}/`)
    const status = page.getByRole('region', { name: 'Webhooks' }).getByRole('status')
    await expect(status).toHaveText('live', { timeout: 30_000 })
    const log = page.getByRole('list', { name: 'Received webhooks' })
    for (const index of [1, 2, 3]) await deliver(baseUrl, index)
    await expect(log.locator('li')).toHaveCount(3)

    await running.crash()
    running = null
    await expect(status).toHaveText('reconnecting…')
    // Deliveries during the outage are retried by the sender until the backend is back.
    const during = Promise.all([4, 5].map((index) => deliver(baseUrl, index)))
    running = await start()
    await during
    await deliver(baseUrl, 6)
    // One delivered again: counted, not shown again.
    await deliver(baseUrl, 2)

    await expect(status).toHaveText('live', { timeout: 30_000 })
    await expect(log.locator('li')).toHaveCount(6)
    for (const index of [1, 2, 3, 4, 5, 6]) {
      await expect(log.locator('li', { hasText: `acct-restart-${index}` })).toHaveCount(1)
    }
    // Chromium logs the cut stream and the failed reconnects while the backend was down; nothing else.
    expect(
      unexpectedErrors(console.errors).filter(
        (text) =>
          !/net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|INCOMPLETE_CHUNKED_ENCODING)/.test(text),
      ),
    ).toEqual([])
  } finally {
    await running?.crash()
    await rm(dataDir, { recursive: true, force: true })
  }
})
