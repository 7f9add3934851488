import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PinwheelError } from '../events/PinwheelEventPayloads'
import { createLinkEventStore } from '../store/createLinkEventStore'
import type { LinkEventStore } from '../store/types'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../test-utils/fakePinwheel'
import type { PinwheelLinkController } from './PinwheelLinkController'
import type { PinwheelLinkOptions } from './PinwheelLinkOptions'
import { resetPageState } from './pageState'

const invalidToken: PinwheelError = {
  type: 'invalidLinkToken',
  code: 'usedLinkToken',
  message: 'This link token was already used',
  pendingRetry: false,
}

let store: LinkEventStore
let fake: FakePinwheel
let createPinwheelLink: typeof import('./createPinwheelLink').createPinwheelLink
const controllers: PinwheelLinkController[] = []

function link(options: PinwheelLinkOptions = {}) {
  const controller = createPinwheelLink({ store, ...options })
  controllers.push(controller)
  return controller
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(async () => {
  vi.resetModules()
  ;({ createPinwheelLink } = await import('./createPinwheelLink'))
  resetPageState()
  store = createLinkEventStore()
  fake = installFakePinwheel()
})

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.destroy()
  uninstallFakePinwheel()
  vi.useRealTimers()
})

describe('createPinwheelLink tokens', () => {
  it('refuses a token whose exp has passed before calling the script, saying to fetch a new one', async () => {
    const onError = vi.fn()
    const expired = makeLinkToken({ exp: Math.floor(Date.now() / 1000) - 5 })
    const controller = link({ linkToken: expired, onError })
    const outcome = controller.open()
    await expect(outcome).rejects.toMatchObject({ name: 'LinkSessionError', code: 'token_expired' })
    await outcome.catch((error: Error) => expect(error.message).toMatch(/Fetch a new token/))
    expect(fake.global.open).not.toHaveBeenCalled()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'token_expired' }))
    expect(controller.getSnapshot()).toMatchObject({
      status: 'ready',
      error: { code: 'token_expired' },
    })
    expect(store.getState().sessionIds).toEqual([])
  })

  it('refuses a token whose getLinkToken expires time has passed', async () => {
    const controller = link({
      getLinkToken: async () => ({
        token: 'pw_sandbox_opaque_token',
        expires: new Date(Date.now() - 1000).toISOString(),
      }),
    })
    await expect(controller.open()).rejects.toMatchObject({ code: 'token_expired' })
    expect(fake.global.open).not.toHaveBeenCalled()
  })

  it('accepts a token that is not a readable JWT and leaves the verdict to Link', async () => {
    const controller = link({ linkToken: 'pw_sandbox_opaque_token' })
    void controller.open()
    await settle()
    expect(fake.params().linkToken).toBe('pw_sandbox_opaque_token')
  })

  it('refuses a token this page already used, on any controller', async () => {
    const token = makeLinkToken()
    const first = link({ linkToken: token })
    const outcome = first.open()
    await settle()
    fake.emit('exit', {})
    await outcome
    await expect(first.open()).rejects.toMatchObject({ code: 'token_used' })
    await expect(link({ linkToken: token }).open()).rejects.toMatchObject({ code: 'token_used' })
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('rejects with missing_token when there is no token', async () => {
    await expect(link().open()).rejects.toMatchObject({ code: 'missing_token' })
    expect(fake.global.open).not.toHaveBeenCalled()
  })

  it('fetches the token with getLinkToken at open time, not at creation', async () => {
    const getLinkToken = vi.fn(async () => makeLinkToken())
    const controller = link({ getLinkToken })
    await settle()
    expect(getLinkToken).not.toHaveBeenCalled()
    void controller.open()
    await settle()
    expect(getLinkToken).toHaveBeenCalledTimes(1)
    expect(fake.params().linkToken).toBe(await getLinkToken.mock.results[0]?.value)
  })

  it('rejects with token_fetch_failed when getLinkToken throws or gives no token', async () => {
    const failing = link({
      getLinkToken: async () => {
        throw new Error('502 from /api/link-token')
      },
    })
    await expect(failing.open()).rejects.toMatchObject({
      code: 'token_fetch_failed',
      message: expect.stringMatching(/502/),
    })
    const empty = link({ getLinkToken: async () => ({ token: '' }) })
    await expect(empty.open()).rejects.toMatchObject({ code: 'token_fetch_failed' })
    expect(fake.global.open).not.toHaveBeenCalled()
  })

  it('on invalidLinkToken fetches one new token, reopens, and resolves with the new session', async () => {
    const onExit = vi.fn()
    const getLinkToken = vi.fn(async () => makeLinkToken())
    const controller = link({ getLinkToken, onExit })
    const outcome = controller.open()
    await settle()
    const firstId = controller.getSnapshot().sessionId!
    fake.emit('error', invalidToken)
    fake.emit('exit', invalidToken)
    await settle()
    expect(getLinkToken).toHaveBeenCalledTimes(2)
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    expect(fake.global.open).toHaveBeenCalledTimes(2)
    const secondId = controller.getSnapshot().sessionId!
    expect(secondId).not.toBe(firstId)
    expect(fake.params().linkToken).toBe(await getLinkToken.mock.results[1]?.value)
    expect(store.getState().sessions[firstId]?.status).not.toBe('open')
    expect(onExit).not.toHaveBeenCalled()

    fake.emit('error', invalidToken)
    fake.emit('exit', invalidToken)
    await expect(outcome).resolves.toMatchObject({
      status: 'errored',
      sessionId: secondId,
      error: invalidToken,
    })
    expect(getLinkToken).toHaveBeenCalledTimes(2)
    expect(onExit).toHaveBeenCalledTimes(1)
  })

  it('does not refetch for a static linkToken', async () => {
    const controller = link({ linkToken: makeLinkToken() })
    const outcome = controller.open()
    await settle()
    fake.emit('exit', invalidToken)
    await expect(outcome).resolves.toMatchObject({ status: 'errored' })
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })
})

describe('createPinwheelLink modes', () => {
  it('marks the session on_demand_update from the accountId option', async () => {
    const controller = link({ linkToken: makeLinkToken(), accountId: 'acc_42' })
    void controller.open()
    await settle()
    const session = store.getState().sessions[controller.getSnapshot().sessionId!]
    expect(session).toMatchObject({ mode: 'on_demand_update', accountId: 'acc_42' })
  })

  it("marks the session on_demand_update from the token's account_id claim", async () => {
    const controller = link({ linkToken: makeLinkToken({ account_id: 'acc_from_claim' }) })
    void controller.open()
    await settle()
    const session = store.getState().sessions[controller.getSnapshot().sessionId!]
    expect(session).toMatchObject({ mode: 'on_demand_update', accountId: 'acc_from_claim' })
  })

  it('marks a token that preselects the employer or platform as connect, though no select_* event comes', async () => {
    for (const claims of [{ employer_id: 'emp_1' }, { platform_id: 'plat_1' }]) {
      const controller = link({ linkToken: makeLinkToken(claims) })
      void controller.open()
      await settle()
      const id = controller.getSnapshot().sessionId!
      expect(store.getState().sessions[id]).toMatchObject({ mode: 'connect', modeSource: 'given' })
      fake.emit('login', { accountId: 'acc_1', platformId: 'plat_1' })
      expect(store.getState().sessions[id]?.mode).toBe('connect')
      fake.emit('exit', {})
      await settle()
      controller.destroy()
    }
  })

  it('leaves the mode to the store to infer otherwise', async () => {
    const controller = link({ linkToken: makeLinkToken() })
    void controller.open()
    await settle()
    const session = store.getState().sessions[controller.getSnapshot().sessionId!]
    expect(session?.modeSource).not.toBe('given')
    fake.emit('login', { accountId: 'acc_1', platformId: 'plat_1' })
    expect(store.getState().sessions[session!.id]?.mode).toBe('on_demand_update')
  })
})

describe('createPinwheelLink one Link per page', () => {
  it('rejects a second Link with already_open while one is open, then lets it open after', async () => {
    const first = link({ linkToken: makeLinkToken() })
    const onError = vi.fn()
    const second = link({ linkToken: makeLinkToken(), onError })
    const outcome = first.open()
    await expect(second.open()).rejects.toMatchObject({
      code: 'already_open',
      message: expect.stringMatching(/Another Link is open/),
    })
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'already_open' }))
    expect(second.getSnapshot().error?.code).toBe('already_open')
    await settle()
    fake.emit('exit', {})
    await outcome
    void second.open()
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(2)
    expect(second.getSnapshot().error).toBeNull()
  })

  it('calls the script once for a double click on the same Link', async () => {
    const controller = link({ linkToken: makeLinkToken() })
    const first = controller.open()
    const second = controller.open()
    const third = controller.open()
    await expect(second).rejects.toMatchObject({ code: 'already_open' })
    await expect(third).rejects.toMatchObject({ code: 'already_open' })
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    fake.emit('exit', {})
    await expect(first).resolves.toMatchObject({ status: 'exited' })
  })

  it('handles open, close, open in one tick: the first is cancelled, the second opens', async () => {
    const controller = link({ getLinkToken: async () => makeLinkToken() })
    const first = controller.open()
    const closed = controller.close()
    const second = controller.open()
    await expect(first).rejects.toMatchObject({ code: 'cancelled' })
    await closed
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    expect(controller.getSnapshot().status).toBe('open')
    expect(controller.getSnapshot().error).toBeNull()
    fake.emit('exit', {})
    await expect(second).resolves.toMatchObject({ status: 'exited' })
  })

  it('does not produce an unhandled rejection when open() is ignored and refused', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const controller = link()
      void controller.open()
      await settle()
      await settle()
      expect(unhandled).not.toHaveBeenCalled()
      expect(controller.getSnapshot().error?.code).toBe('missing_token')
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})

describe('createPinwheelLink lifecycle', () => {
  it('closes an open session when the linkToken changes, and uses the new token next time', async () => {
    const controller = link({ linkToken: makeLinkToken() })
    const outcome = controller.open()
    await settle()
    const firstId = controller.getSnapshot().sessionId!
    const next = makeLinkToken()
    controller.setOptions({ linkToken: next })
    await expect(outcome).resolves.toMatchObject({ endedBy: 'host', sessionId: firstId })
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    expect(store.getState().sessions[firstId]?.status).toBe('closed')
    void controller.open()
    await settle()
    expect(fake.params().linkToken).toBe(next)
  })

  it('changing other options while open changes nothing in the open session', async () => {
    const controller = link({ linkToken: makeLinkToken() })
    void controller.open()
    await settle()
    controller.setOptions({ useDarkMode: true, onSuccess: () => {} })
    expect(fake.global.close).not.toHaveBeenCalled()
    expect(controller.getSnapshot().status).toBe('open')
  })

  it('destroy() closes the modal, records it closed, detaches callbacks and listeners, and keeps recording late events', async () => {
    const onExit = vi.fn()
    const onEvent = vi.fn()
    const listener = vi.fn()
    const controller = link({ linkToken: makeLinkToken(), onExit, onEvent })
    const outcome = controller.open()
    await settle()
    const { sessionId } = controller.getSnapshot()
    controller.subscribe(listener)
    controller.destroy()
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    await expect(outcome).resolves.toMatchObject({ endedBy: 'host' })
    expect(store.getState().sessions[sessionId!]?.status).toBe('closed')
    listener.mockClear()
    fake.emit('exit', {})
    expect(onExit).not.toHaveBeenCalled()
    expect(onEvent).not.toHaveBeenCalled()
    expect(listener).not.toHaveBeenCalled()
    expect(store.getState().events.map((e) => [e.sessionId, e.name])).toEqual([[sessionId, 'exit']])
    await expect(controller.open()).rejects.toMatchObject({ code: 'destroyed' })
    // The page is free for another Link.
    void link({ linkToken: makeLinkToken() }).open()
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(2)
  })

  it('destroy() while opening cancels the open before the script is called', async () => {
    let release!: (token: string) => void
    const controller = link({ getLinkToken: () => new Promise((resolve) => (release = resolve)) })
    const outcome = controller.open()
    controller.destroy()
    release(makeLinkToken())
    await expect(outcome).rejects.toMatchObject({ code: 'destroyed' })
    await settle()
    expect(fake.global.open).not.toHaveBeenCalled()
  })

  it('rejects with open_failed and frees the page when Pinwheel.open rejects', async () => {
    fake.global.open.mockRejectedValueOnce(new Error('iframe blocked'))
    const controller = link({ getLinkToken: async () => makeLinkToken() })
    const outcome = controller.open()
    await expect(outcome).rejects.toMatchObject({
      code: 'open_failed',
      message: expect.stringMatching(/iframe blocked/),
    })
    void controller.open()
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(2)
  })

  it('ends the session on a malformed exit payload and still calls onExit once', async () => {
    const onExit = vi.fn()
    const controller = link({ linkToken: makeLinkToken(), onExit })
    const outcome = controller.open()
    await settle()
    const { sessionId } = controller.getSnapshot()
    fake.emit('exit', { type: 'notAType', code: 7 })
    await expect(outcome).resolves.toMatchObject({ status: 'exited', endedBy: 'link' })
    expect(onExit).toHaveBeenCalledWith({})
    expect(store.getState().events.map((e) => e.name)).toEqual(['invalid'])
    expect(store.getState().sessions[sessionId!]?.status).toBe('closed')
  })

  it('notifies subscribers on each change and stops after unsubscribe', async () => {
    const controller = link({ linkToken: makeLinkToken() })
    await settle()
    const statuses: string[] = []
    const unsubscribe = controller.subscribe(() => statuses.push(controller.getSnapshot().status))
    void controller.open()
    await settle()
    fake.emit('exit', {})
    await settle()
    unsubscribe()
    void controller.open()
    await settle()
    expect(statuses).toEqual(['open', 'exited'])
  })
})
