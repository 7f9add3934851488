/**
 * `pnpm dev`: opens the database (embedded PGlite, or `DATABASE_URL`), starts the mock Pinwheel API
 * on 127.0.0.1:MOCK_API_PORT (4010) and the playground on
 * http://localhost:PLAYGROUND_PORT (5173), registers the playground's webhook receiver, and prints
 * the URL. `--preview` serves the built `dist/` instead of the Vite dev server.
 */
import { fileURLToPath } from 'node:url'
import { sandboxApiSecret, startMockPinwheelApi } from '@linkwheel/mock-api'
import { createPlaygroundBackend } from './createPlaygroundBackend'
import { describeDatabaseUrl, openDatabase } from './db/openDatabase'
import { originsOf } from './http/allowedHosts'
import { readPlaygroundConfig } from './readPlaygroundConfig'
import { startPlaygroundServer } from './startPlaygroundServer'

const root = fileURLToPath(new URL('..', import.meta.url))

async function main(): Promise<void> {
  const config = readPlaygroundConfig(sandboxApiSecret)
  if (!config.databaseUrl) console.log(`  opening the embedded database in ${config.dataDir}…`)
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  const backend = createPlaygroundBackend({
    db,
    allowedOrigins: originsOf(config.allowedHosts, config.port),
    pinwheelApiUrl: config.mockApiUrl,
    apiSecret: config.apiSecret,
    scriptUrl: config.scriptUrl,
    webhookUrl: config.webhookUrl,
  })
  let playground: Awaited<ReturnType<typeof startPlaygroundServer>>
  try {
    playground = await startPlaygroundServer({
      api: backend.api,
      root,
      port: config.port,
      host: config.host,
      allowedHosts: config.allowedHosts,
      preview: config.preview,
    })
  } catch (error) {
    await db.close()
    throw error
  }
  let mock: Awaited<ReturnType<typeof startMockPinwheelApi>>
  try {
    // The mock refuses private and loopback webhook URLs unless told: this receiver is on loopback.
    const mockOptions = {
      port: config.mockApiPort,
      host: '127.0.0.1',
      apiSecret: config.apiSecret,
      allowPrivateWebhookUrls: true,
    }
    mock = await startMockPinwheelApi(mockOptions)
  } catch (error) {
    await playground.close()
    await db.close()
    const code = (error as NodeJS.ErrnoException).code
    throw code === 'EADDRINUSE'
      ? new Error(
          `Port ${config.mockApiPort} is already in use (another mock API or \`pnpm dev\`?). Stop that process, or set MOCK_API_PORT to a free port.`,
          { cause: error },
        )
      : error
  }
  await backend.registrar.ensure()

  const mode = config.preview ? 'preview of dist/' : 'dev server'
  console.log(`\n  linkwheel playground (${mode}) ready\n`)
  console.log(`  ➜  Playground:  ${config.publicUrl}`)
  console.log(`  ➜  Mock API:    ${mock.url} (sandbox Link script: ${config.scriptUrl})`)
  console.log(`  ➜  Webhooks:    ${config.webhookUrl}`)
  const store = config.databaseUrl
    ? `Postgres at ${describeDatabaseUrl(config.databaseUrl)}`
    : `embedded PGlite in ${config.dataDir}`
  console.log(`  ➜  Data:        ${store}`)
  console.log(`  ➜  Listening:   ${config.host} (hosts: ${config.allowedHosts.join(', ')})\n`)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n  ${signal}: stopping the playground and the mock API…`)
    await Promise.allSettled([playground.close(), mock.close()])
    await db.close().catch(() => {})
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(
    `\n  [playground] could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
