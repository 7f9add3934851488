import { serve } from '@hono/node-server'
import { createMockPinwheelApi } from './createMockPinwheelApi.js'
import type { MockPinwheelApi, MockPinwheelApiOptions } from './MockPinwheelApiOptions.js'

/** Options of {@link startMockPinwheelApi}: where to listen, plus every API option. */
export interface StartMockPinwheelApiOptions extends MockPinwheelApiOptions {
  /** TCP port; `0` picks a free one. @default Number(process.env.PORT) || 4010 */
  port?: number
  /** Interface to bind. @default '127.0.0.1' */
  host?: string
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
 * Serves {@link createMockPinwheelApi} over HTTP with Node.
 *
 * @example
 * const { url, close } = await startMockPinwheelApi({ port: 0 })
 * // …point the app at `${url}/v1` and `${url}/link/pinwheel.js`…
 * await close()
 */
export function startMockPinwheelApi(
  options: StartMockPinwheelApiOptions = {},
): Promise<RunningMockPinwheelApi> {
  const { port = Number(process.env.PORT) || 4010, host = '127.0.0.1', ...apiOptions } = options
  const api = createMockPinwheelApi(apiOptions)
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: api.fetch, port, hostname: host }, (info) => {
      server.off('error', reject)
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shownHost}:${info.port}`,
        api,
        close: () =>
          new Promise<void>((done, fail) => {
            api.close()
            server.close((error) => (error ? fail(error) : done()))
          }),
      })
    })
    server.once('error', reject)
  })
}
