import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PinwheelError } from '../events/PinwheelEventPayloads'
import { createLinkEventStore } from '../store/createLinkEventStore'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../test-utils/fakePinwheel'
import type { PinwheelLinkController } from './PinwheelLinkController'
import { resetPageState } from './pageState'

const usedToken: PinwheelError = {
  type: 'invalidLinkToken',
  code: 'usedLinkToken',
  message: 'This link token was already used',
  pendingRetry: false,
}

let fake: FakePinwheel
let controller: PinwheelLinkController | undefined
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  resetPageState()
  fake = installFakePinwheel()
})

afterEach(() => {
  controller?.destroy()
  uninstallFakePinwheel()
})

describe('createPinwheelLink reopen after invalidLinkToken', () => {
  it('leaves the open state when the refetched token is refused, so the user can try again', async () => {
    const { createPinwheelLink } = await import('./createPinwheelLink')
    const token = makeLinkToken()
    // The app hands out the same token twice: the refetch gives back a token this page used.
    const getLinkToken = vi.fn(async () => token)
    const onError = vi.fn()
    controller = createPinwheelLink({ store: createLinkEventStore(), getLinkToken, onError })
    const outcome = controller.open()
    await settle()
    expect(controller.getSnapshot().status).toBe('open')

    fake.emit('error', usedToken)
    fake.emit('exit', usedToken)
    await expect(outcome).rejects.toMatchObject({ code: 'token_used' })
    expect(getLinkToken).toHaveBeenCalledTimes(2)
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    expect(controller.getSnapshot()).toMatchObject({
      status: 'errored',
      error: expect.objectContaining({ code: 'token_used' }),
    })
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'token_used' }))

    // A fresh token opens Link again from this state.
    getLinkToken.mockImplementation(async () => makeLinkToken())
    void controller.open().catch(() => {})
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(2)
    expect(controller.getSnapshot().status).toBe('open')
  })
})
