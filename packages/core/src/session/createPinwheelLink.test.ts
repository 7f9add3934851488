import { describe, expect, it, vi } from 'vitest'
import { makeLinkToken } from '../test-utils/fakePinwheel'
import { fakeRecorder } from '../test-utils/fakeRecorder'
import {
  createPinwheelLink,
  fake,
  keep,
  link,
  settle,
  setUpSessionHarness,
  store,
} from '../test-utils/sessionHarness'
import { pageState } from './pageState'

const success = { accountId: 'acc_1', platformId: 'plat_1', job: 'direct_deposit_switch' }

setUpSessionHarness()

const sessionIdOf = () => fake.params()._modalSessionIdOverride as string

describe('createPinwheelLink', () => {
  it('is ready once the script is there, with the same state object until it changes', async () => {
    const controller = link()
    await settle()
    const state = controller.getState()
    expect(state).toEqual({ status: 'ready', error: null })
    expect(controller.getState()).toBe(state)
  })

  it('opens Link with the token, the Link options and a uuid session id, and starts the session in the store', async () => {
    const token = makeLinkToken()
    const controller = link({
      linkToken: token,
      useDarkMode: true,
      accountId: 'acc_9',
      nonce: 'n0',
      timeoutMs: 5000,
    })
    void controller.open()
    await settle()
    const params = fake.params()
    expect(params).toMatchObject({ linkToken: token, useDarkMode: true })
    expect(params).not.toHaveProperty('modalStyling')
    // linkwheel's own options never reach the third-party script.
    for (const own of ['accountId', 'store', 'getLinkToken', 'scriptUrl', 'nonce', 'timeoutMs'])
      expect(params).not.toHaveProperty(own)
    expect(sessionIdOf()).toMatch(/^[0-9a-f-]{36}$/)
    expect(store.calls[0]).toEqual([
      'start',
      { sessionId: sessionIdOf(), linkToken: token, accountId: 'acc_9' },
    ])
    expect(controller.getState().status).toBe('open')
  })

  it('records each event once from onEvent, passes each named callback once, and resolves open() on exit', async () => {
    const calls: string[] = []
    const controller = link({
      onEvent: (name) => calls.push(`onEvent:${name}`),
      onLogin: () => calls.push('onLogin'),
      onLoginAttempt: () => calls.push('onLoginAttempt'),
      onSuccess: () => calls.push('onSuccess'),
      onExit: () => calls.push('onExit'),
    })
    const outcome = controller.open()
    await settle()
    fake.emit('open', {})
    fake.emit('login_attempt', { platformId: 'plat_1' })
    ;(fake.params().onLoginAttempt as (p: unknown) => void)({ platformId: 'plat_1' })
    fake.emit('login', { accountId: 'acc_1', platformId: 'plat_1' })
    fake.emit('success', success)
    fake.emit('exit', {})
    const id = sessionIdOf()
    await expect(outcome).resolves.toEqual({
      sessionId: id,
      results: [success],
      error: null,
      endedBy: 'link',
    })
    expect(store.names(id)).toEqual(['open', 'login_attempt', 'login', 'success', 'exit'])
    expect(calls).toEqual([
      'onEvent:open',
      'onEvent:login_attempt',
      'onLoginAttempt',
      'onEvent:login',
      'onLogin',
      'onEvent:success',
      'onSuccess',
      'onEvent:exit',
      'onExit',
    ])
    expect(controller.getState().status).toBe('ready')
  })

  it('treats a named callback with no onEvent before it as the event (a script that skips onEvent)', async () => {
    const onExit = vi.fn()
    const controller = link({ onExit })
    const outcome = controller.open()
    await settle()
    fake.emit('success', success, 'callback-only')
    fake.emit('exit', {}, 'callback-only')
    const { results } = await outcome
    expect(results).toEqual([success])
    expect(store.names(sessionIdOf())).toEqual(['success', 'exit'])
    expect(onExit).toHaveBeenCalledTimes(1)
  })

  it('resolves with the exit error when Link exits on an error', async () => {
    const error = { type: 'clientError', code: 'x', message: 'm', pendingRetry: false }
    const controller = link()
    const outcome = controller.open()
    await settle()
    fake.emit('exit', error)
    await expect(outcome).resolves.toMatchObject({ results: [], error, endedBy: 'link' })
  })

  it('calls the latest callbacks, never the ones from open time, and survives one that throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const first = vi.fn()
    const second = vi.fn(() => {
      throw new Error('boom')
    })
    const options = { linkToken: makeLinkToken(), store, onSuccess: first }
    const controller = link(options)
    const outcome = controller.open()
    await settle()
    controller.setOptions({ ...options, onSuccess: second })
    fake.emit('success', success)
    fake.emit('exit', {})
    await expect(outcome).resolves.toMatchObject({ results: [success] })
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
    expect(console.error).toHaveBeenCalledWith(
      expect.stringMatching(/onSuccess/),
      expect.any(Error),
    )
  })

  it('close() closes the modal, records the session closed, resolves as ended by the host, and keeps late events out of callbacks', async () => {
    const onEvent = vi.fn()
    const controller = link({ onEvent })
    const outcome = controller.open()
    await settle()
    const id = sessionIdOf()
    await controller.close()
    await expect(outcome).resolves.toMatchObject({ sessionId: id, endedBy: 'host' })
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    expect(store.calls).toContainEqual(['end', id, 'closed'])
    fake.emit('login', { accountId: 'a', platformId: 'p' })
    expect(store.names(id)).toEqual(['login'])
    expect(onEvent).not.toHaveBeenCalled()
  })

  it('lets one Link open per page: a second is refused with already_open, told to onError, then opens after', async () => {
    const onError = vi.fn()
    const first = link()
    const second = link({ onError })
    const outcome = first.open()
    await expect(second.open()).rejects.toMatchObject({ code: 'already_open' })
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'already_open' }))
    await expect(first.open()).rejects.toMatchObject({ code: 'already_open' })
    await settle()
    fake.emit('exit', {})
    await outcome
    void second.open()
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(2)
  })

  it('handles open, close, open in one tick: the first is cancelled quietly, the second opens', async () => {
    const onError = vi.fn()
    const controller = link({ onError })
    const first = controller.open()
    void controller.close()
    void controller.open()
    await expect(first).rejects.toMatchObject({ code: 'cancelled' })
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    expect(onError).not.toHaveBeenCalled()
  })

  it('closes an open Link when linkToken changes, and uses the new token next time', async () => {
    const options = { linkToken: makeLinkToken(), store }
    const controller = link(options)
    const outcome = controller.open()
    await settle()
    const next = makeLinkToken()
    controller.setOptions({ ...options, linkToken: next })
    await expect(outcome).resolves.toMatchObject({ endedBy: 'host' })
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    void controller.open()
    await settle()
    expect(fake.params().linkToken).toBe(next)
  })

  it('rejects with open_failed and frees the page when Pinwheel.open rejects', async () => {
    fake.global.open.mockRejectedValueOnce(new Error('no iframe'))
    const controller = link()
    await expect(controller.open()).rejects.toMatchObject({ code: 'open_failed' })
    expect(pageState().owner).toBeNull()
    expect(controller.getState().status).toBe('ready')
  })

  it('never causes an unhandled rejection when open() is ignored and refused', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    void link({ linkToken: undefined }).open()
    await settle()
    await settle()
    process.off('unhandledRejection', unhandled)
    expect(unhandled).not.toHaveBeenCalled()
  })

  it('notifies subscribers on each change and stops after unsubscribe', async () => {
    const controller = link()
    const listener = vi.fn()
    const unsubscribe = controller.subscribe(listener)
    await settle()
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    void controller.open()
    await settle()
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('records into the default store once one exists, and nowhere before', async () => {
    const controller = createPinwheelLink({ getLinkToken: async () => makeLinkToken() })
    keep(controller)
    void controller.open()
    await settle()
    fake.emit('open', {})
    await controller.close()
    const page = fakeRecorder()
    pageState().store = page as never
    void controller.open()
    await settle()
    fake.emit('open', {})
    expect(page.names(sessionIdOf())).toEqual(['open'])
  })
})
