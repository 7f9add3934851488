import { sandboxApiSecret } from '@linkwheel/mock-api'
import { describe, expect, it } from 'vitest'
import { testSecret } from '../createTestPlayground'
import { sendHttp } from '../sendHttp'
import { startTestServer } from '../startTestServer'
import { askForLinkToken, serverForThisFile } from './serverForThisFile'

// The fault suite: each attack on the playground's backend, over real HTTP on loopback, refused.
const t = serverForThisFile()

describe('what it hands out', () => {
  it('serves no repository files outside the app and the packages in dev', async () => {
    for (const path of [`/@fs${t.repo}/.ci/run`, `/@fs${t.repo}/package.json`, '/@fs/etc/passwd']) {
      const answer = await sendHttp(t.port, { path })
      expect(answer.status, path).toBe(403)
    }
    expect((await sendHttp(t.port, { path: '/' })).status).toBe(200)
  })

  it('answers unknown /api paths with a JSON 404, not the page', async () => {
    for (const path of ['/api', '/api/nothing-here', '/api/accounts/a/b/c']) {
      const answer = await sendHttp(t.port, { path })
      expect(answer.status, path).toBe(404)
      expect(answer.headers['content-type']).toContain('application/json')
      expect(answer.json.error.code).toBe('not_found')
    }
  })

  it('never tells a caller a secret when Pinwheel refuses the backend secret', async () => {
    const wrong = await startTestServer({ backendSecret: 'pw_sandbox_wrong_secret_7f3e' })
    try {
      const answer = await askForLinkToken(wrong, { origin: wrong.origin })
      expect(answer.status).toBe(401)
      expect(answer.json.error.message).toContain('PINWHEEL_API_SECRET')
      for (const secret of [testSecret, 'pw_sandbox_wrong_secret_7f3e', sandboxApiSecret]) {
        expect(answer.text).not.toContain(secret)
      }
    } finally {
      await wrong.close()
    }
  })
})
