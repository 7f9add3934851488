import { signWebhook } from '@linkwheel/mock-api'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestPlayground, switchOptions, testSecret } from '../test/createTestPlayground'
import { openTestDatabase } from '../test/openTestDatabase'

// Opening the embedded database takes seconds: once per file, before the tests.
beforeAll(() => openTestDatabase(), 120_000)

describe('POST /api/link-token', () => {
  it('creates a Link token with the mock API from the page options', async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', switchOptions)
    expect(res.status).toBe(200)
    expect(res.json.data).toEqual({
      mode: 'sandbox',
      id: expect.any(String),
      token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      expires: expect.any(String),
    })
    // The token is real: the sandbox frame can redeem it, with the options the page chose.
    const link = await t.runLink(res.json.data.token)
    expect(link.session.status).toBe(200)
    expect(link.session.json.data).toMatchObject({
      jobs: ['direct_deposit_switch', 'identity'],
      end_user_id: 'end_user_demo',
      org_name: 'Linkwheel Playground',
      allocation: {
        account_type: 'checking',
        routing_number_last4: '0021',
        account_number_last4: '3210',
      },
    })
  })

  it("passes Pinwheel's field errors through in its error shape", async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', {
      ...switchOptions,
      deposit: { ...switchOptions.deposit, routing_number: '12' },
    })
    expect(res.status).toBe(400)
    expect(res.json.error).toMatchObject({ type: 'INVALID_REQUEST_PARAMETERS', status_code: 400 })
    expect(res.json.error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'routing_number' })]),
    )
  })

  it('refuses options without jobs before calling Pinwheel, naming the field', async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', { end_user_id: 'u' })
    expect(res.status).toBe(400)
    expect(res.json.error.fields).toEqual([expect.objectContaining({ field: 'jobs' })])
    expect(res.json.error.message).toMatch(/jobs/)
  })

  it('answers 400 to a body nested deeper than the JSON bounds, before reading it', async () => {
    const t = await createTestPlayground()
    const res = await t.call(
      'POST',
      '/api/link-token',
      `{"jobs":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    )
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('too_deep')
  })

  it('answers 400 to a body that is not JSON', async () => {
    const t = await createTestPlayground()
    const res = await t.call('POST', '/api/link-token', 'not json')
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('invalid_json')
  })

  it('answers a clear 502 when the mock API is down', async () => {
    const t = await createTestPlayground({ mockDown: true })
    const res = await t.call('POST', '/api/link-token', switchOptions)
    expect(res.status).toBe(502)
    expect(res.json.error).toMatchObject({
      type: 'MOCK_API_UNAVAILABLE',
      code: 'mock_api_unreachable',
    })
    expect(res.json.error.message).toContain('http://127.0.0.1:9')
    expect(res.json.error.message).toContain('pnpm dev')
  })

  it('explains a 401 from Pinwheel by pointing at PINWHEEL_API_SECRET, without showing it', async () => {
    const t = await createTestPlayground({ backendSecret: 'pw_sandbox_wrong_secret_x1' })
    const res = await t.call('POST', '/api/link-token', switchOptions)
    expect(res.status).toBe(401)
    expect(res.json.error.message).toContain('PINWHEEL_API_SECRET')
    expect(res.text).not.toContain('pw_sandbox_wrong_secret_x1')
  })
})

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
    const body = JSON.stringify({
      event: 'account.added',
      event_id: 'forged',
      payload: { account_id: 'x' },
    })
    const response = await t.backend.api.fetch(
      new Request('http://playground.test/api/webhooks', {
        method: 'POST',
        body,
        headers: {
          ...signWebhook(body, 'pw_sandbox_not_the_secret'),
          'content-type': 'application/json',
        },
      }),
    )
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'signatureMismatch',
    )
    expect((await t.call('GET', '/api/webhooks')).json.data).toEqual([])
  })

  it('keeps one entry when the same event is delivered twice', async () => {
    const t = await createTestPlayground()
    const body = JSON.stringify({
      event: 'account.added',
      event_id: 'evt-twice',
      payload: { account_id: 'a1', end_user_id: 'u' },
    })
    const post = () =>
      t.backend.api.fetch(
        new Request('http://playground.test/api/webhooks', {
          method: 'POST',
          body,
          headers: { ...signWebhook(body, testSecret), 'content-type': 'application/json' },
        }),
      )
    const first = (await (await post()).json()) as { duplicate: boolean }
    const second = (await (await post()).json()) as { duplicate: boolean }
    expect([first.duplicate, second.duplicate]).toEqual([false, true])
    const entries = (await t.call('GET', '/api/webhooks')).json.data
    expect(entries).toHaveLength(1)
    expect(entries[0].deliveries).toBe(2)
  })

  it('streams kept and new webhooks as server-sent events', async () => {
    const t = await createTestPlayground()
    const post = (eventId: string) => {
      const body = JSON.stringify({
        event: 'account.added',
        event_id: eventId,
        payload: { account_id: eventId },
      })
      return t.backend.api.fetch(
        new Request('http://playground.test/api/webhooks', {
          method: 'POST',
          body,
          headers: { ...signWebhook(body, testSecret), 'content-type': 'application/json' },
        }),
      )
    }
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

describe('account data and the daily refresh', () => {
  it('proxies identity and reports what a refresh with a revised paystub changed', async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = (
      await t.call('POST', '/api/link-token', {
        ...switchOptions,
        jobs: ['identity', 'paystubs'],
        deposit: undefined,
      })
    ).json.data.token
    const link = await t.runLink(token)
    const accountId = link.login?.json.data.account_id as string

    const identity = await t.call('GET', `/api/accounts/${accountId}/identity`)
    expect(identity.status).toBe(200)
    expect(identity.json.data.full_name).toEqual(expect.any(String))
    const paystubs = await t.call('GET', `/api/accounts/${accountId}/paystubs?limit=2`)
    expect(paystubs.json.data).toHaveLength(2)

    const quiet = await t.call('POST', `/api/accounts/${accountId}/refresh`, { revise: [] })
    expect(quiet.status).toBe(200)
    expect(quiet.json.data.updatedJobs).toEqual([])
    expect(quiet.json.data.jobs.map((job: { job: string }) => job.job)).toEqual([
      'identity',
      'paystubs',
    ])

    const revised = await t.call('POST', `/api/accounts/${accountId}/refresh`, {
      revise: ['paystubs'],
    })
    expect(revised.json.data.updatedJobs).toEqual(['paystubs'])
    expect(revised.json.data.result.data.jobs.paystubs).toMatchObject({ changed: true })
  })

  it('refuses an unknown data kind and a malformed account id', async () => {
    const t = await createTestPlayground()
    expect((await t.call('GET', '/api/accounts/abc/secrets')).status).toBe(404)
    expect((await t.call('GET', '/api/accounts/a%20b/identity')).status).toBe(400)
  })
})

describe('the API secret', () => {
  it('appears in no answer of any endpoint', async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = (await t.call('POST', '/api/link-token', switchOptions)).json.data.token
    const link = await t.runLink(token)
    const accountId = link.login?.json.data.account_id as string
    const answers = await Promise.all([
      t.call('GET', '/api/config'),
      t.call('POST', '/api/link-token', switchOptions),
      t.call('POST', '/api/link-token', { jobs: ['nope'], end_user_id: 'u' }),
      t.call('GET', '/api/webhooks'),
      t.call('GET', '/api/accounts'),
      t.call('GET', `/api/accounts/${accountId}`),
      t.call('GET', `/api/accounts/${accountId}/identity`),
      // Not requested by the token: Pinwheel's 404 passes through.
      t.call('GET', `/api/accounts/${accountId}/income`),
      t.call('POST', `/api/accounts/${accountId}/refresh`, {}),
      t.call('GET', '/api/nothing-here'),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 400, 200, 200, 200, 200, 404, 200, 404,
    ])
    for (const answer of answers) expect(answer.text).not.toContain(testSecret)
  })

  it('is redacted from anything Pinwheel echoes back', async () => {
    const { createPinwheelClient } = await import('./createPinwheelClient')
    const client = createPinwheelClient({
      baseUrl: 'http://echo.test',
      apiSecret: testSecret,
      fetch: (async (_input: string | URL | Request, init?: RequestInit) =>
        Response.json(
          { error: { message: `bad secret ${new Headers(init?.headers).get('x-api-secret')}` } },
          { status: 400 },
        )) as typeof fetch,
    })
    const reply = await client.request('GET', '/v1/accounts')
    expect(JSON.stringify(reply.body)).not.toContain(testSecret)
    expect(JSON.stringify(reply.body)).toContain('[redacted]')
  })
})

describe('lists are paged', () => {
  it('pages 120 connected accounts 50 at a time, newest first, each once', async () => {
    const t = await createTestPlayground()
    for (let i = 0; i < 120; i++) {
      const body = JSON.stringify({
        event: 'account.added',
        event_id: `evt-${i}`,
        payload: { account_id: `acct-${String(i).padStart(3, '0')}`, end_user_id: 'u' },
      })
      const response = await t.backend.api.fetch(
        new Request('http://playground.test/api/webhooks', {
          method: 'POST',
          body,
          headers: { ...signWebhook(body, testSecret), 'content-type': 'application/json' },
        }),
      )
      expect(response.status).toBe(200)
    }
    const seen: string[] = []
    let path = '/api/accounts'
    let pages = 0
    for (;;) {
      const page = await t.call('GET', path)
      expect(page.status).toBe(200)
      expect(page.json.data.length).toBeLessThanOrEqual(50)
      seen.push(...page.json.data.map((account: { accountId: string }) => account.accountId))
      pages++
      if (!page.json.meta.next_cursor) break
      path = `/api/accounts?cursor=${page.json.meta.next_cursor}`
    }
    expect(pages).toBe(3)
    expect(seen).toHaveLength(120)
    expect(new Set(seen).size).toBe(120)
    expect(seen[0]).toBe('acct-119')
    const webhooks = await t.call('GET', '/api/webhooks?limit=100')
    expect(webhooks.json.data).toHaveLength(100)
    expect(webhooks.json.meta.next_cursor).toBe('100')
    expect((await t.call('GET', '/api/accounts?limit=1000')).status).toBe(400)
    expect((await t.call('GET', '/api/accounts?cursor=abc')).status).toBe(400)
  })
})

describe('shifts', () => {
  it("are asked for with Pinwheel's date parameters (from_start_date / to_start_date)", async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = (
      await t.call('POST', '/api/link-token', {
        ...switchOptions,
        jobs: ['shifts'],
        deposit: undefined,
      })
    ).json.data.token
    const accountId = (await t.runLink(token)).login?.json.data.account_id as string
    const all = await t.call('GET', `/api/accounts/${accountId}/shifts?limit=100`)
    expect(all.status).toBe(200)
    expect(all.json.data.length).toBeGreaterThan(1)
    const dates = all.json.data.map((shift: { start_date: string }) => shift.start_date).sort()
    const newest = dates.at(-1) as string
    const onlyNewest = await t.call(
      'GET',
      `/api/accounts/${accountId}/shifts?limit=100&from_start_date=${newest.slice(0, 10)}`,
    )
    expect(onlyNewest.status).toBe(200)
    expect(onlyNewest.json.data.length).toBeGreaterThan(0)
    expect(onlyNewest.json.data.length).toBeLessThan(all.json.data.length)
  })
})

describe('POST /api/reconcile', () => {
  it('fills in the accounts and job results whose webhooks never arrived, once', async () => {
    const t = await createTestPlayground()
    // Every delivery fails until the mock gives up: an outage past Pinwheel's retry window.
    t.setInboxDown(true)
    const token = (
      await t.call('POST', '/api/link-token', {
        ...switchOptions,
        jobs: ['identity', 'paystubs'],
        deposit: undefined,
      })
    ).json.data.token
    const accountId = (await t.runLink(token)).login?.json.data.account_id as string
    expect((await t.call('GET', '/api/accounts')).json.data).toEqual([])

    const first = await t.call('POST', '/api/reconcile', {})
    expect(first.status).toBe(200)
    expect(first.json.data).toMatchObject({
      accountsSeen: 1,
      accountsAdded: [accountId],
      jobsAdded: expect.arrayContaining([
        { accountId, name: 'identity' },
        { accountId, name: 'paystubs' },
      ]),
    })
    const [account] = (await t.call('GET', '/api/accounts')).json.data
    expect(account).toMatchObject({ accountId, endUserId: 'end_user_demo', source: 'reconcile' })
    expect(account.jobs.map((job: { name: string }) => job.name).sort()).toEqual([
      'identity',
      'paystubs',
    ])

    const again = await t.call('POST', '/api/reconcile', {})
    expect(again.json.data).toMatchObject({ accountsSeen: 1, accountsAdded: [], jobsAdded: [] })
  })

  it('keeps what webhooks said and adds nothing they already reported', async () => {
    const t = await createTestPlayground()
    await t.backend.registrar.ensure()
    const token = (
      await t.call('POST', '/api/link-token', {
        ...switchOptions,
        jobs: ['identity'],
        deposit: undefined,
      })
    ).json.data.token
    await t.runLink(token)
    const result = await t.call('POST', '/api/reconcile', {})
    expect(result.json.data).toMatchObject({ accountsSeen: 1, accountsAdded: [], jobsAdded: [] })
    const [account] = (await t.call('GET', '/api/accounts')).json.data
    expect(account).toMatchObject({ source: 'webhook' })
    expect(account.jobs).toEqual([expect.objectContaining({ name: 'identity', source: 'webhook' })])
  })

  it('takes a monitoring status change whose webhook never arrived', async () => {
    const t = await createTestPlayground()
    const token = (
      await t.call('POST', '/api/link-token', {
        ...switchOptions,
        jobs: ['identity'],
        deposit: undefined,
      })
    ).json.data.token
    const accountId = (await t.runLink(token)).login?.json.data.account_id as string
    t.setInboxDown(true)
    const changed = await t.mock.fetch(
      new Request(`http://mock.test/v1/sandbox/accounts/${accountId}/monitoring_status`, {
        method: 'POST',
        body: JSON.stringify({ monitoring_status: 'user_action_required' }),
        headers: { 'content-type': 'application/json', 'x-api-secret': testSecret },
      }),
    )
    expect(changed.status).toBeLessThan(300)
    await t.mock.whenWebhooksIdle()
    expect((await t.call('GET', '/api/accounts')).json.data[0].monitoringStatus).toBe('active')
    await t.call('POST', '/api/reconcile', {})
    expect((await t.call('GET', '/api/accounts')).json.data[0]).toMatchObject({
      accountId,
      monitoringStatus: 'user_action_required',
      source: 'webhook',
    })
  })

  it('answers a clear 502 when the API is down', async () => {
    const t = await createTestPlayground({ mockDown: true })
    const result = await t.call('POST', '/api/reconcile', {})
    expect(result.status).toBe(502)
    expect(result.json.error.code).toBe('mock_api_unreachable')
  })
})

describe('the live stream of a new page', () => {
  it('starts with the latest 100 entries; a reconnect gets everything after its Last-Event-ID', async () => {
    const t = await createTestPlayground()
    for (let i = 1; i <= 130; i++) {
      const body = JSON.stringify({ event: 'account.added', event_id: `evt-${i}`, payload: {} })
      await t.backend.api.fetch(
        new Request('http://playground.test/api/webhooks', {
          method: 'POST',
          body,
          headers: { ...signWebhook(body, testSecret), 'content-type': 'application/json' },
        }),
      )
    }
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
