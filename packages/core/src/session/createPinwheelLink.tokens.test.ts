import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../test-utils/fakePinwheel'
import { fakeRecorder } from '../test-utils/fakeRecorder'
import { createPinwheelLink } from './createPinwheelLink'
import type { PinwheelLinkController } from './PinwheelLinkController'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'
import { resetPageState } from './pageState'

const invalidToken = {
  type: 'invalidLinkToken',
  code: 'usedLinkToken',
  message: 'used',
  pendingRetry: false,
}
let fake: FakePinwheel
let store: ReturnType<typeof fakeRecorder>
const controllers: PinwheelLinkController[] = []
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

function link(options: PinwheelLinkOptions) {
  const controller = createPinwheelLink({ store, ...options })
  controllers.push(controller)
  return controller
}

beforeEach(() => {
  resetPageState()
  store = fakeRecorder()
  fake = installFakePinwheel()
})
afterEach(async () => {
  for (const controller of controllers.splice(0)) await controller.close()
  uninstallFakePinwheel()
})

describe('createPinwheelLink tokens', () => {
  it('fetches the token with getLinkToken at open time, not at creation', async () => {
    const getLinkToken = vi.fn(async () => ({
      token: makeLinkToken(),
      expires: '2999-01-01T00:00:00Z',
    }))
    const controller = link({ getLinkToken })
    await settle()
    expect(getLinkToken).not.toHaveBeenCalled()
    void controller.open()
    await settle()
    expect(getLinkToken).toHaveBeenCalledTimes(1)
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('on invalidLinkToken fetches one new token, reopens under a new session, and stops after one refetch', async () => {
    const tokens = [makeLinkToken(), makeLinkToken(), makeLinkToken()]
    const getLinkToken = vi.fn(async () => tokens[getLinkToken.mock.calls.length - 1] as string)
    const onExit = vi.fn()
    const controller = link({ getLinkToken, onExit })
    const outcome = controller.open()
    await settle()
    const firstId = fake.params()._modalSessionIdOverride as string
    fake.emit('error', invalidToken)
    await settle()
    expect(store.calls).toContainEqual(['end', firstId, 'closed'])
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    expect(fake.params().linkToken).toBe(tokens[1])
    const secondId = fake.params()._modalSessionIdOverride as string
    expect(secondId).not.toBe(firstId)
    expect(controller.getState().status).toBe('open')
    fake.emit('error', invalidToken)
    fake.emit('exit', invalidToken)
    await expect(outcome).resolves.toMatchObject({ sessionId: secondId, error: invalidToken })
    expect(getLinkToken).toHaveBeenCalledTimes(2)
    expect(onExit).toHaveBeenCalledTimes(1)
  })

  it('does not refetch for a static linkToken', async () => {
    const controller = link({ linkToken: makeLinkToken() })
    const outcome = controller.open()
    await settle()
    fake.emit('error', invalidToken)
    fake.emit('exit', invalidToken)
    await expect(outcome).resolves.toMatchObject({ error: invalidToken })
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('rejects with missing_token, or token_fetch_failed when getLinkToken throws or gives no token', async () => {
    await expect(link({}).open()).rejects.toMatchObject({ code: 'missing_token' })
    await expect(
      link({ getLinkToken: () => Promise.reject(new Error('503')) }).open(),
    ).rejects.toMatchObject({ code: 'token_fetch_failed', message: expect.stringMatching(/503/) })
    await expect(link({ getLinkToken: async () => ({ token: '' }) }).open()).rejects.toMatchObject({
      code: 'token_fetch_failed',
    })
  })

  it('in development refuses an expired token, or one this page already used, before calling the script', async () => {
    const expired = makeLinkToken({ exp: Math.floor(Date.now() / 1000) - 10 })
    await expect(link({ linkToken: expired }).open()).rejects.toMatchObject({
      code: 'token_expired',
      message: expect.stringMatching(/expired at/),
    })
    const token = makeLinkToken()
    const first = link({ linkToken: token })
    void first.open()
    await settle()
    await first.close()
    await expect(link({ linkToken: token }).open()).rejects.toMatchObject({ code: 'token_used' })
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('accepts a token that is not a readable JWT and leaves the verdict to Link', async () => {
    void link({ linkToken: 'opaque-token' }).open()
    await settle()
    expect(fake.params().linkToken).toBe('opaque-token')
  })
})
