// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createPinwheelLink } from './createPinwheelLink'

describe('createPinwheelLink on the server', () => {
  it('is created idle without touching a DOM, and open() rejects saying it needs a browser', async () => {
    const link = createPinwheelLink({ linkToken: 'pw_sandbox_token' })
    expect(link.getState()).toEqual({ status: 'idle', error: null })
    await expect(link.open()).rejects.toMatchObject({
      code: 'open_failed',
      message: expect.stringMatching(/browser/),
    })
  })
})
