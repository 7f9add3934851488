import { describe, expect, it } from 'vitest'
import { startMockPinwheelApi } from '../src/startMockPinwheelApi.js'

describe('startMockPinwheelApi', () => {
  it('serves the API over HTTP on 127.0.0.1 and stops on close', async () => {
    const server = await startMockPinwheelApi({ port: 0, apiSecret: 'pw_sandbox_http' })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const res = await fetch(`${server.url}/v1/link_tokens`, {
        method: 'POST',
        headers: { 'x-api-secret': 'pw_sandbox_http', 'content-type': 'application/json' },
        body: JSON.stringify({ org_name: 'Acme', required_jobs: ['income'], end_user_id: 'u' }),
      })
      expect(res.status).toBe(200)
      expect((await res.json()).data.mode).toBe('sandbox')
    } finally {
      await server.close()
    }
    await expect(fetch(`${server.url}/`)).rejects.toThrow()
  })

  it('rejects when the port is taken', async () => {
    const first = await startMockPinwheelApi({ port: 0 })
    try {
      const port = Number(new URL(first.url).port)
      await expect(startMockPinwheelApi({ port })).rejects.toThrow(/EADDRINUSE/)
    } finally {
      await first.close()
    }
  })
})
