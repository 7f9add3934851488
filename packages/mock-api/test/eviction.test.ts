import { describe, expect, it } from 'vitest'
import { createTestApi } from './createTestApi.js'

const MINUTE = 60_000

describe('eviction', () => {
  it('drops expired tokens (used or not) and keeps unexpired ones', async () => {
    const t = await createTestApi()
    const first = await t.createToken()
    await t.redeem(first.token)
    await t.createToken()
    t.advance(30 * MINUTE)
    await t.createToken()
    expect(t.api.stats().linkTokens).toBe(3)
    t.advance(31 * MINUTE)
    await t.call('GET', '/v1/accounts')
    expect(t.api.stats().linkTokens).toBe(1)
    expect((await t.redeem(first.token)).json.error.code).toBe('expiredLinkToken')
  })

  it('keeps an exited session 10 minutes (answering sessionClosed), then drops it', async () => {
    const t = await createTestApi()
    const { sessionId } = await t.connect({ runJobs: false })
    await t.call('POST', `/internal/link/sessions/${sessionId}/exit`, {})
    t.advance(5 * MINUTE)
    const closed = await t.call('POST', `/internal/link/sessions/${sessionId}/exit`, {})
    expect(closed.json.error.code).toBe('sessionClosed')
    t.advance(6 * MINUTE)
    const gone = await t.call('POST', `/internal/link/sessions/${sessionId}/exit`, {})
    expect(gone.json.error.code).toBe('sessionNotFound')
    expect(t.api.stats().sessions).toBe(0)
    expect(t.api.stats().accounts).toBe(1)
  })

  it('drops a session left open for two hours', async () => {
    const t = await createTestApi()
    await t.connect({ runJobs: false })
    t.advance(119 * MINUTE)
    await t.call('GET', '/v1/accounts')
    expect(t.api.stats().sessions).toBe(1)
    t.advance(2 * MINUTE)
    await t.call('GET', '/v1/accounts')
    expect(t.api.stats().sessions).toBe(0)
  })

  it('drops finished deliveries after a day, and the oldest ones past the count limit', async () => {
    const t = await createTestApi({ webhookRetention: { maxDeliveries: 3 } })
    await t.subscribeAll()
    for (let i = 0; i < 3; i++) await t.connect({ runJobs: false })
    await t.settled()
    expect(t.api.stats().webhookDeliveries).toBe(3)
    await t.connect({ runJobs: false })
    await t.settled()
    expect(t.api.stats().webhookDeliveries).toBe(3)
    t.advance(25 * 60 * MINUTE)
    await t.connect({ runJobs: false })
    await t.settled()
    expect(t.api.stats().webhookDeliveries).toBe(1)
  })

  it('holds a bounded number of tokens over 5,000 tokens made one second apart', async () => {
    const t = await createTestApi()
    let most = 0
    for (let i = 0; i < 5_000; i++) {
      await t.createToken({ end_user_id: `soak-${i}` })
      t.advance(1_000)
      most = Math.max(most, t.api.stats().linkTokens)
    }
    // One hour of tokens plus one sweep interval at most.
    expect(most).toBeLessThanOrEqual(3_600 + 60 + 1)
    expect(t.api.stats().linkTokens).toBeLessThanOrEqual(3_661)
  }, 60_000)
})
