import { describe, expect, inject, it } from 'vitest'
import { createPinwheelLink } from '../../src/session/createPinwheelLink'
import { resetPageState } from '../../src/session/pageState'
import { createLinkEventStore } from '../../src/store/createLinkEventStore'
import { makeLinkToken } from '../../src/test-utils/fakePinwheel'
import { watchUncaught } from './watchUncaught'

// A policy cannot be lifted from a page once applied, so this file has a page of its own.
describe('createPinwheelLink in Chromium under a CSP that forbids the Link script host', () => {
  it('shows a typed blocked error naming the host to allow, on load and on each retry, with nothing uncaught', async () => {
    resetPageState()
    const guard = watchUncaught()
    const meta = document.createElement('meta')
    meta.httpEquiv = 'Content-Security-Policy'
    meta.content = `script-src 'self' 'unsafe-inline' 'unsafe-eval' blob: ${location.origin}`
    document.head.appendChild(meta)
    const base = inject('faultScriptUrl')
    const errors: unknown[] = []
    const controller = createPinwheelLink({
      linkToken: makeLinkToken(),
      scriptUrl: `${base}/s/csp.js`,
      store: createLinkEventStore(),
      onError: (error) => errors.push(error),
    })
    await expect(controller.open()).rejects.toMatchObject({ code: 'blocked' })
    expect(controller.getState()).toMatchObject({ status: 'script_error' })
    expect(controller.getState().error?.message).toContain(new URL(base).origin)
    await controller.retry()
    expect(controller.getState().error).toMatchObject({ code: 'blocked' })
    expect(errors).toHaveLength(2)
    void controller.close()
    await guard.expectNone()
  })
})
