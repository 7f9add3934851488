import { describe, expect, it } from 'vitest'
import { readPlaygroundConfig } from '../../server/readPlaygroundConfig'
import { switchOptions } from '../createTestPlayground'
import { sendHttp } from '../sendHttp'
import { askForLinkToken, json, serverForThisFile } from './serverForThisFile'

// The fault suite: each attack on the playground's backend, over real HTTP on loopback, refused.
const t = serverForThisFile()
const linkTokenCalls = () => t.pinwheelRequests.filter((line) => line.endsWith('/v1/link_tokens'))

describe('where it listens', () => {
  it('binds 127.0.0.1 by default, and only what PLAYGROUND_HOST names otherwise', () => {
    const address = t.server.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
    expect(readPlaygroundConfig('s', {}, []).host).toBe('127.0.0.1')
    const wide = readPlaygroundConfig('s', { PLAYGROUND_HOST: '0.0.0.0' }, [])
    expect(wide.host).toBe('0.0.0.0')
    // Listening widely does not make every Host name welcome.
    expect(wide.allowedHosts).not.toContain('0.0.0.0')
  })

  it('refuses any Host that is not its own (DNS rebinding), on the API and on the page', async () => {
    const evil = { host: `rebind.attacker.example:${t.port}` }
    const answers = await Promise.all([
      sendHttp(t.port, { path: '/api/accounts', headers: evil }),
      sendHttp(t.port, { path: '/api/accounts/acct/identity', headers: evil }),
      sendHttp(t.port, { path: '/api/webhooks', headers: evil }),
      sendHttp(t.port, { path: '/', headers: evil }),
      sendHttp(t.port, {
        method: 'POST',
        path: '/api/link-token',
        headers: { ...evil, ...json, origin: `http://rebind.attacker.example:${t.port}` },
        body: JSON.stringify(switchOptions),
      }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403])
    expect(answers[0]?.json.error.code).toBe('host_not_allowed')
    expect(linkTokenCalls()).toEqual([])
    // Its own names are answered.
    for (const host of [`localhost:${t.port}`, `127.0.0.1:${t.port}`]) {
      expect((await sendHttp(t.port, { path: '/api/accounts', headers: { host } })).status).toBe(
        200,
      )
    }
  })
})

describe('cross-site request forgery', () => {
  it('refuses a text/plain form post from another site, before calling Pinwheel', async () => {
    const answer = await sendHttp(t.port, {
      method: 'POST',
      path: '/api/link-token',
      headers: { 'content-type': 'text/plain', origin: 'https://attacker.example' },
      body: JSON.stringify(switchOptions),
    })
    expect(answer.status).toBe(415)
    const form = await sendHttp(t.port, {
      method: 'POST',
      path: '/api/link-token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'jobs=identity&end_user_id=x',
    })
    expect(form.status).toBe(415)
    expect(linkTokenCalls()).toEqual([])
  })

  it('refuses JSON from another Origin, and JSON with neither Origin nor the page header', async () => {
    const routes = ['/api/link-token', '/api/accounts/acct-1/refresh', '/api/reconcile']
    for (const path of routes) {
      const foreign = await sendHttp(t.port, {
        method: 'POST',
        path,
        headers: { ...json, origin: 'https://attacker.example' },
        body: JSON.stringify({ ...switchOptions, account_id: 'acct-1' }),
      })
      expect(foreign.status, path).toBe(403)
      expect(foreign.json.error.code).toBe('cross_origin_refused')
      const bare = await sendHttp(t.port, { method: 'POST', path, headers: json, body: '{}' })
      expect(bare.status, path).toBe(403)
    }
    expect(t.pinwheelRequests).toEqual([])
  })

  it('accepts the page: JSON from its own Origin, or with the page header', async () => {
    const fromPage = await askForLinkToken(t, { origin: t.origin })
    expect(fromPage.status).toBe(200)
    const fromScript = await askForLinkToken(t, { 'x-linkwheel-playground': '1' })
    expect(fromScript.status).toBe(200)
  })
})
