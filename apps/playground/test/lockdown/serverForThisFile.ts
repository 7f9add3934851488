import { afterAll, beforeAll } from 'vitest'
import { switchOptions } from '../createTestPlayground'
import { sendHttp } from '../sendHttp'
import { startTestServer } from '../startTestServer'

/** The real playground server the lockdown tests attack. */
export type LockdownServer = Awaited<ReturnType<typeof startTestServer>>

/** JSON's content type, as a header. */
export const json = { 'content-type': 'application/json' }

/**
 * Starts the real server over loopback once for the calling test file, before its tests, and
 * closes it after them. The object returned is filled in when the server has started.
 */
export function serverForThisFile(): LockdownServer {
  const server = {} as LockdownServer
  beforeAll(async () => {
    Object.assign(server, await startTestServer())
  }, 120_000)
  afterAll(() => server.close?.())
  return server
}

/** Asks `server` for a Link token as the page does, JSON with `headers` added. */
export function askForLinkToken(server: LockdownServer, headers: Record<string, string>) {
  return sendHttp(server.port, {
    method: 'POST',
    path: '/api/link-token',
    headers: { ...json, ...headers },
    body: JSON.stringify(switchOptions),
  })
}
