import { describe, expect, it, vi } from 'vitest'
import { createTestPlayground, switchOptions } from '../test/createTestPlayground'
import { openTestDatabaseBeforeAll } from '../test/openTestDatabaseBeforeAll'

openTestDatabaseBeforeAll()

describe('the webhook loop', () => {
  it('receives, verifies and keeps account.added and job webhooks sent by the mock API', async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = (await t.call('POST', '/api/link-token', switchOptions)).json.data.token
    const link = await t.runLink(token)
    const accountId = link.login?.json.data.account_id
    expect(accountId).toEqual(expect.any(String))

    const hooks = (await t.call('GET', '/api/webhooks')).json.data as {
      event: string
      payload: { account_id: string }
    }[]
    expect(hooks.map((hook) => hook.event)).toEqual([
      'account.added',
      'direct_deposit_switch.added',
      'identity.added',
    ])
    expect(hooks.every((hook) => hook.payload.account_id === accountId)).toBe(true)

    const accounts = await t.call('GET', '/api/accounts?end_user_id=end_user_demo')
    expect(accounts.json.data).toEqual([
      expect.objectContaining({
        accountId,
        endUserId: 'end_user_demo',
        platformId: 'plat_paycrest',
      }),
    ])
    expect((await t.call('GET', '/api/accounts?end_user_id=nobody')).json.data).toEqual([])
  })

  it('rejects a forged delivery with 400 and keeps nothing', async () => {
    const t = await createTestPlayground()
    const forged = { event: 'account.added', event_id: 'forged', payload: { account_id: 'x' } }
    const response = await t.deliverWebhook(forged, 'pw_sandbox_not_the_secret')
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'signatureMismatch',
    )
    expect((await t.call('GET', '/api/webhooks')).json.data).toEqual([])
  })

  it('refuses a delivery that is not JSON with 415 and keeps nothing', async () => {
    const t = await createTestPlayground()
    const response = await t.backend.api.fetch(
      new Request(t.webhookUrl, {
        method: 'POST',
        body: 'event=account.added',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    )
    expect(response.status).toBe(415)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('unsupported_media_type')
    expect(body.error.message).toContain('application/json')
    expect((await t.call('GET', '/api/webhooks')).json.data).toEqual([])
  })

  it('keeps one entry when the same event is delivered twice', async () => {
    const t = await createTestPlayground()
    const post = () =>
      t.deliverWebhook({
        event: 'account.added',
        event_id: 'evt-twice',
        payload: { account_id: 'a1', end_user_id: 'u' },
      })
    const first = (await (await post()).json()) as { duplicate: boolean }
    const second = (await (await post()).json()) as { duplicate: boolean }
    expect([first.duplicate, second.duplicate]).toEqual([false, true])
    const entries = (await t.call('GET', '/api/webhooks')).json.data
    expect(entries).toHaveLength(1)
    expect(entries[0].deliveries).toBe(2)
  })

  it('streams kept and new webhooks as server-sent events', async () => {
    const t = await createTestPlayground()
    const post = (eventId: string) =>
      t.deliverWebhook({
        event: 'account.added',
        event_id: eventId,
        payload: { account_id: eventId },
      })
    await post('evt-before')
    const controller = new AbortController()
    const response = await t.backend.api.fetch(
      new Request('http://playground.test/api/webhooks/stream', { signal: controller.signal }),
    )
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const reader = response.body!.getReader()
    const decoder = new TextDecoder()
    let text = ''
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read()
        if (done) throw new Error(`stream ended before ${needle}`)
        text += decoder.decode(value)
      }
    }
    await readUntil('evt-before')
    await post('evt-after')
    await readUntil('evt-after')
    controller.abort()
    await reader.cancel()
    const events = text.split('\n\n').filter((block) => block.includes('event: webhook'))
    expect(events).toHaveLength(2)
    expect(events[0]).toContain('id: 1')
    expect(events[1]).toContain('id: 2')
  })
})

describe('the live stream of a new page', () => {
  it('starts with the latest 100 entries; a reconnect gets everything after its Last-Event-ID', async () => {
    const t = await createTestPlayground()
    for (let i = 1; i <= 130; i++)
      await t.deliverWebhook({ event: 'account.added', event_id: `evt-${i}`, payload: {} })
    const read = async (headers: Record<string, string>) => {
      const controller = new AbortController()
      const response = await t.backend.api.fetch(
        new Request('http://playground.test/api/webhooks/stream', {
          headers,
          signal: controller.signal,
        }),
      )
      const reader = response.body!.getReader()
      let text = ''
      while (!text.includes('"evt-130"'))
        text += new TextDecoder().decode((await reader.read()).value)
      controller.abort()
      await reader.cancel()
      return [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]))
    }
    const fresh = await read({})
    expect(fresh).toHaveLength(100)
    expect(fresh[0]).toBe(31)
    const resumed = await read({ 'last-event-id': '10' })
    expect(resumed).toHaveLength(120)
    expect(resumed[0]).toBe(11)
  })
})

describe('the live stream limit', () => {
  it("refuses one stream more than 32 with a 503 in Pinwheel's error shape, and takes one again once a stream closes", async () => {
    const t = await createTestPlayground()
    const open = async () => {
      const controller = new AbortController()
      const response = await t.backend.api.fetch(
        new Request('http://playground.test/api/webhooks/stream', { signal: controller.signal }),
      )
      const close = async () => {
        controller.abort()
        await response.body?.cancel()
      }
      return { response, close }
    }
    const streams = []
    for (let i = 0; i < 32; i++) streams.push(await open())
    expect(streams.map((stream) => stream.response.status)).toEqual(Array(32).fill(200))

    const refused = await open()
    expect(refused.response.status).toBe(503)
    expect(refused.response.headers.get('retry-after')).toBe('5')
    expect(await refused.response.json()).toMatchObject({
      error: { type: 'SERVICE_UNAVAILABLE', code: 'too_many_streams', status_code: 503 },
    })

    await streams.shift()?.close()
    await vi.waitFor(async () => {
      const again = await open()
      await again.close()
      expect(again.response.status).toBe(200)
    })
    for (const stream of streams) await stream.close()
  })
})
