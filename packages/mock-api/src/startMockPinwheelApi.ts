import { serve } from '@hono/node-server'
import { createMockPinwheelApi } from './createMockPinwheelApi.js'
import type { MockPinwheelApi, MockPinwheelApiOptions } from './MockPinwheelApiOptions.js'

/** Socket limits of the HTTP server, against idle and slow clients. */
export interface ServerTimeouts {
  /** Time to receive a request's headers, in ms. @default 10000 */
  headersTimeoutMs?: number
  /** Time to receive a whole request, in ms. @default 30000 */
  requestTimeoutMs?: number
  /** A kept-alive socket with no new request is closed after this, in ms. @default 5000 */
  keepAliveTimeoutMs?: number
  /** A socket with no traffic at all (connected, sending nothing) is closed after this, in ms. @default 15000 */
  idleTimeoutMs?: number
}

/** Options of {@link startMockPinwheelApi}: where to listen, plus every API option. */
export interface StartMockPinwheelApiOptions extends MockPinwheelApiOptions {
  /** TCP port; `0` picks a free one. @default Number(process.env.PORT) || 4010 */
  port?: number
  /** Interface to bind. @default '127.0.0.1' */
  host?: string
  /** Socket timeouts. @default 10 s headers, 30 s request, 5 s keep-alive, 15 s idle */
  timeouts?: ServerTimeouts
}

/** A mock API listening on a port. */
export interface RunningMockPinwheelApi {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  url: string
  /** The in-memory API behind the server. */
  api: MockPinwheelApi
  /** Stops listening and stops webhook retries. */
  close(): Promise<void>
}

/**
 * Serves {@link createMockPinwheelApi} over HTTP with Node, with timeouts for idle and slow sockets.
 *
 * @example
 * const { url, close } = await startMockPinwheelApi({ port: 0 })
 * // …point the app at `${url}/v1` and `${url}/link/pinwheel.js`…
 * await close()
 */
export function startMockPinwheelApi(
  options: StartMockPinwheelApiOptions = {},
): Promise<RunningMockPinwheelApi> {
  const {
    port = Number(process.env.PORT) || 4010,
    host = '127.0.0.1',
    timeouts = {},
    ...apiOptions
  } = options
  const headersTimeout = timeouts.headersTimeoutMs ?? 10_000
  const requestTimeout = Math.max(timeouts.requestTimeoutMs ?? 30_000, headersTimeout)
  const api = createMockPinwheelApi(apiOptions)
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: api.fetch,
        port,
        hostname: host,
        serverOptions: {
          headersTimeout,
          requestTimeout,
          keepAliveTimeout: timeouts.keepAliveTimeoutMs ?? 5_000,
          // Node checks the two timeouts above on this interval (default 30 s): check often enough.
          connectionsCheckingInterval: Math.max(50, Math.min(1_000, headersTimeout / 2)),
        },
      },
      (info) => {
        server.off('error', reject)
        const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          url: `http://${shownHost}:${info.port}`,
          api,
          close: () =>
            new Promise<void>((done, fail) => {
              api.close()
              server.close((error) => (error ? fail(error) : done()))
              if ('closeAllConnections' in server) server.closeAllConnections()
            }),
        })
      },
    )
    // A socket that connects and never sends a byte: with no timeout listener, Node destroys it.
    server.setTimeout(timeouts.idleTimeoutMs ?? 15_000)
    server.once('error', reject)
  })
}
