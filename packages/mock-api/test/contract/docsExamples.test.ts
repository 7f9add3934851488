import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createTestApi } from '../createTestApi.js'
import { at, matchDocsExample } from './matchDocsExample.js'

/**
 * Drives the mock with the request and response examples of Pinwheel's docs, one fixture per
 * example (`fixtures/*.json`, each naming its docs page and any substitution it needed).
 */

interface Fixture {
  title: string
  docs: string
  version: string
  setup?: 'webhook' | 'account'
  event?: string
  request?: { method: string; path: string; body?: unknown }
  compare?: 'shape' | 'exact-keys'
  response: { status?: number; body: unknown }
  exact?: string[]
  nullable?: string[]
}

const dir = new URL('./fixtures/', import.meta.url)
const fixtures = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Fixture] as const)

type TestApi = Awaited<ReturnType<typeof createTestApi>>

const exampleWebhook = {
  url: 'https://example.com/webhook_endpoint',
  enabled_events: ['income.added', 'employment.added'],
  status: 'active',
  version: '2023-04-18',
}

const target = {
  name: 'My Checking Account',
  type: 'checking',
  account_number: '5675249802',
  routing_number: '193487629',
}

/** Connects an account with a 2025-07-08 token and runs `job` (a 50 dollar switch for a switch). */
async function connectWith(t: TestApi, job: string) {
  const headers = { 'pinwheel-version': '2025-07-08' }
  const token = await t.call(
    'POST',
    '/v1/link_tokens',
    {
      org_name: 'Fintech.io',
      solution: job === 'direct_deposit_switch' ? 'Deposit Switch' : 'Verify',
      features: [job],
      end_user_id: 'my_user_12345',
      ...(job === 'direct_deposit_switch' ? { allocation: { targets: [target] } } : {}),
    },
    headers,
  )
  const session = (await t.redeem(token.json.data.token)).json.data.session_id
  const login = await t.call('POST', `/internal/link/sessions/${session}/login`, {
    platform_id: 'plat_paycrest',
    username: 'user_good',
    password: 'pass_good',
  })
  const allocation =
    job === 'direct_deposit_switch'
      ? { allocation: { action: 'partial_switch', allocation: { type: 'amount', value: 50 } } }
      : {}
  await t.call('POST', `/internal/link/sessions/${session}/jobs`, { job, ...allocation })
  return login.json.data.account_id as string
}

function expectExample(actual: unknown, fixture: Fixture) {
  const problems = matchDocsExample(actual, fixture.response.body, {
    nullable: fixture.nullable ?? [],
    exactKeys: fixture.compare === 'exact-keys',
  })
  expect(problems, `${fixture.title} (${fixture.docs})`).toEqual([])
  for (const path of fixture.exact ?? [])
    expect(at(actual, path), path).toEqual(at(fixture.response.body, path))
}

describe('Pinwheel docs examples', () => {
  it.each(fixtures.filter(([, f]) => f.request))('%s', async (_name, fixture) => {
    const t = await createTestApi()
    const ids: Record<string, string> = {}
    if (fixture.setup === 'webhook') {
      ids.webhook_id = (await t.call('POST', '/v1/webhooks', exampleWebhook)).json.data.id
    }
    if (fixture.setup === 'account') ids.account_id = await connectWith(t, 'employment')
    const request = fixture.request as NonNullable<Fixture['request']>
    const path = request.path.replace(/\{(\w+)\}/g, (_, key: string) => ids[key] ?? key)
    const res = await t.call(request.method, path, request.body, {
      'pinwheel-version': fixture.version,
    })
    expect(res.status).toBe(fixture.response.status)
    expectExample(res.json, fixture)
  })

  it.each(fixtures.filter(([, f]) => f.event))('%s', async (_name, fixture) => {
    const t = await createTestApi()
    const event = fixture.event as string
    await t.call('POST', '/v1/webhooks', {
      url: 'https://example.com/webhook_endpoint',
      enabled_events: [event],
      version: fixture.version,
    })
    await connectWith(t, event === 'account.added' ? 'employment' : event.replace('.added', ''))
    const delivered = (await t.settled()).find((r) => r.body.event === event)
    expect(delivered, `no ${event} delivered`).toBeDefined()
    expectExample(delivered?.body, fixture)
  })
})

describe('matchDocsExample', () => {
  it('reports a missing key, a wrong type, a wrong item and, when asked, an extra key', () => {
    const example = { data: { id: 'x', n: 1, list: [{ a: 'b' }] } }
    expect(matchDocsExample({ data: { id: 'y', n: 2, list: [] } }, example)).toEqual([])
    expect(matchDocsExample({ data: { n: '1', list: [{}] } }, example)).toEqual([
      'data.id: missing',
      'data.n: expected number, got string',
      'data.list.0.a: missing',
    ])
    expect(matchDocsExample({ a: 1, b: 2 }, { a: 0 }, { exactKeys: true })).toEqual([
      'b: not in the example',
    ])
    expect(matchDocsExample({ a: null }, { a: 's' }, { nullable: ['a'] })).toEqual([])
  })
})
