// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { driveTheMock } from './driveTheMock'

describe('the in-process example of the mock-api README', () => {
  it('creates a link token on the fixed clock', async () => {
    const { status, body, deliveries, held } = await driveTheMock()
    expect(status).toBe(200)
    expect(body.data).toMatchObject({ mode: 'sandbox', token: expect.any(String) })
    expect(body.data.expires).toMatch(/^2025-03-14T16:00:00(\.000)?\+00:00$/)
    expect(deliveries).toEqual([])
    expect(held).toMatchObject({ linkTokens: 1, sessions: 0, webhookDeliveries: 0 })
  })
})
