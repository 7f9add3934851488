import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

describe('error messages', () => {
  it('say what to do in development, and end with the docs section of their code', async () => {
    const { sessionError } = await import('../session/sessionError')
    const error = sessionError('token_used')
    expect(error.message).toMatch(/single-use/)
    expect(error.message).toMatch(/ERRORS\.md#token_used$/)
  })

  it('keep only the stable code and the docs link in production builds', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
    const { sessionError } = await import('../session/sessionError')
    const { scriptError } = await import('../loader/scriptError')
    expect(sessionError('missing_token').message).toBe(
      'linkwheel: missing_token. See https://github.com/linkwheel/linkwheel/blob/main/packages/core/ERRORS.md#missing_token',
    )
    const script = scriptError('network', 'https://cdn.example/x.js')
    expect(script).toMatchObject({ code: 'network', url: 'https://cdn.example/x.js' })
    expect(script.message).toMatch(/^linkwheel: network\. See .*#network$/)
  })
})
