import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loopbackHostNames } from './http/allowedHosts'

/** Everything the playground's server needs to know, read from the environment and argv. */
export interface PlaygroundConfig {
  /** Interface to listen on. @default '127.0.0.1' (`PLAYGROUND_HOST`) */
  host: string
  /**
   * Host names the server answers to (any other `Host` header gets 403): the loopback names, plus
   * `PLAYGROUND_HOST` when it is a name, plus the comma-separated `PLAYGROUND_ALLOWED_HOSTS`.
   */
  allowedHosts: string[]
  /** A Postgres server to keep the data in, instead of the embedded one. (`DATABASE_URL`) */
  databaseUrl: string | undefined
  /**
   * The embedded database's folder. @default `apps/playground/.data/pglite`
   * (`PLAYGROUND_DATA_DIR`; `memory://` keeps nothing across restarts)
   */
  dataDir: string
  /** Port of the playground page and its `/api`. @default 5173 (`PLAYGROUND_PORT`) */
  port: number
  /** Port the mock Pinwheel API listens on, on 127.0.0.1. @default 4010 (`MOCK_API_PORT`) */
  mockApiPort: number
  /**
   * The API secret the backend sends as `x-api-secret` and verifies webhooks with. Never sent to
   * the browser. @default the mock API's sandbox secret (`PINWHEEL_API_SECRET`)
   */
  apiSecret: string
  /** Serve the built `dist/` instead of the Vite dev server. @default false (`--preview`) */
  preview: boolean
  /** Where the page is reached, e.g. `http://localhost:5173`. */
  publicUrl: string
  /** Base URL of the mock Pinwheel API, e.g. `http://127.0.0.1:4010`. */
  mockApiUrl: string
  /** The sandbox Link script the page loads (another origin than the page, like Pinwheel's CDN). */
  scriptUrl: string
  /** Where the mock API delivers webhooks: this server's `/api/webhooks`. */
  webhookUrl: string
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(
      `${name}=${JSON.stringify(raw)} is not a port: set it to a whole number from 1 to 65535, or unset it to use ${fallback}.`,
    )
  }
  return port
}

const defaultDataDir = join(fileURLToPath(new URL('..', import.meta.url)), '.data', 'pglite')

/**
 * Reads the playground's configuration: `PLAYGROUND_PORT`, `PLAYGROUND_HOST`,
 * `PLAYGROUND_ALLOWED_HOSTS`, `MOCK_API_PORT`, `PINWHEEL_API_SECRET`, `DATABASE_URL`,
 * `PLAYGROUND_DATA_DIR` and the `--preview` flag.
 *
 * @param defaultSecret the secret to use when `PINWHEEL_API_SECRET` is unset (the mock's sandbox one).
 * @throws {Error} when a port variable is not a valid port.
 */
export function readPlaygroundConfig(
  defaultSecret: string,
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv.slice(2),
): PlaygroundConfig {
  const port = readPort(env, 'PLAYGROUND_PORT', 5173)
  const mockApiPort = readPort(env, 'MOCK_API_PORT', 4010)
  const apiSecret = env.PINWHEEL_API_SECRET?.trim() || defaultSecret
  const mockApiUrl = `http://127.0.0.1:${mockApiPort}`
  const host = env.PLAYGROUND_HOST?.trim() || '127.0.0.1'
  const extraHosts = (env.PLAYGROUND_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  const wildcard = host === '0.0.0.0' || host === '::'
  const allowedHosts = [
    ...new Set([...loopbackHostNames, ...(wildcard ? [] : [host.toLowerCase()]), ...extraHosts]),
  ]
  return {
    host,
    allowedHosts,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.PLAYGROUND_DATA_DIR?.trim() || defaultDataDir,
    port,
    mockApiPort,
    apiSecret,
    preview: argv.includes('--preview'),
    publicUrl: `http://localhost:${port}`,
    mockApiUrl,
    scriptUrl: `${mockApiUrl}/link/pinwheel.js`,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks`,
  }
}
