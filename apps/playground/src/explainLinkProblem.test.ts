import { LinkSessionError } from '@linkwheel/react'
import { describe, expect, it } from 'vitest'
import { explainOpenFailure, explainPinwheelError } from './explainLinkProblem'
import { PlaygroundRequestError } from './playgroundApi'

describe('explainOpenFailure', () => {
  it("shows the backend's message when the mock API is down", () => {
    const down = new PlaygroundRequestError(
      'The mock Pinwheel API at http://127.0.0.1:4010 did not answer (ECONNREFUSED). It starts with `pnpm dev`…',
      502,
      'mock_api_unreachable',
    )
    const refused = new LinkSessionError('token_fetch_failed', 'getLinkToken() failed', {
      cause: down,
    })
    expect(explainOpenFailure(refused, down)).toEqual({
      title: 'Could not create a link token',
      message: down.message,
      code: 'mock_api_unreachable',
    })
  })

  it('tells the user to take a new token when linkwheel refuses an expired or used one', () => {
    for (const code of ['token_expired', 'token_used'] as const) {
      const problem = explainOpenFailure(new LinkSessionError(code, 'refused'), null)
      expect(problem.code).toBe(code)
      expect(problem.message).toContain('A new token for each open')
    }
  })
})

describe('explainPinwheelError', () => {
  it("explains the sandbox's invalidLinkToken codes", () => {
    const used = explainPinwheelError({
      type: 'invalidLinkToken',
      code: 'usedLinkToken',
      message: 'used',
      pendingRetry: false,
    })
    expect(used.title).toBe('This link token was already used')
    const other = explainPinwheelError({
      type: 'platformError',
      code: 'systemError',
      message: 'The payroll platform failed.',
      pendingRetry: false,
    })
    expect(other).toEqual({
      title: 'Link reported platformError',
      message: 'The payroll platform failed.',
      code: 'systemError',
    })
  })
})
