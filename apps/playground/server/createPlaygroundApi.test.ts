import { describe, expect, it } from 'vitest'
import { createTestPlayground, switchOptions, testSecret } from '../test/createTestPlayground'
import { openTestDatabaseBeforeAll } from '../test/openTestDatabaseBeforeAll'

openTestDatabaseBeforeAll()

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
