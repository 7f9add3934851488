// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createLinkEventStore } from '../store/createLinkEventStore'
import { createPinwheelLink } from './createPinwheelLink'

describe('createPinwheelLink on the server', () => {
  it('is created idle without touching a DOM, and open() rejects saying it needs a browser', async () => {
    const link = createPinwheelLink({
      linkToken: 'pw_sandbox_token',
      store: createLinkEventStore(),
    })
    expect(link.getSnapshot()).toEqual({
      status: 'idle',
      error: null,
      sessionId: null,
      ready: false,
    })
    await expect(link.open()).rejects.toMatchObject({
      code: 'open_failed',
      message: expect.stringMatching(/browser/),
    })
    link.destroy()
  })
})
