import { describe, expect, it, vi } from 'vitest'
import {
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../../src/test-utils/fakePinwheel'
import {
  fake,
  link,
  names,
  setFake,
  setUpControllerHarness,
  store,
  tick,
} from './controllerHarness'

/** What callers do wrong or at the wrong time, against the controller and a fake script. */

setUpControllerHarness()

const success = { accountId: 'acc_1', platformId: 'plat_1', job: 'direct_deposit_switch' }

describe('createPinwheelLink with a throwing callback', () => {
  const callbacks = ['onEvent', 'onLogin', 'onSuccess', 'onError', 'onExit'] as const
  for (const callback of callbacks) {
    for (const how of ['throws', 'rejects'] as const) {
      it(`records every event and settles open() when ${callback} ${how}`, async () => {
        const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
        const boom =
          how === 'throws'
            ? () => {
                throw new Error(`${callback} bug`)
              }
            : async () => {
                throw new Error(`${callback} bug`)
              }
        const controller = link({ [callback]: boom })
        const outcome = controller.open()
        await tick()
        fake.emit('open', {})
        fake.emit('login', { accountId: 'acc_1', platformId: 'plat_1' })
        fake.emit('error', {
          type: 'platformError',
          code: 'x',
          message: 'job failed',
          pendingRetry: false,
        })
        fake.emit('success', success)
        fake.emit('exit', {})
        const result = await outcome
        await tick()
        expect(result).toMatchObject({ results: [success] })
        const recorded = names(result.sessionId)
        expect(recorded.filter((n) => n !== 'unknown')).toEqual([
          'open',
          'login',
          'error',
          'success',
          'exit',
        ])
        // Each throw is logged (in development), naming the callback; the event log keeps only
        // what the script sent.
        expect(recorded).not.toContain('unknown')
        await vi.waitFor(() =>
          expect(consoleError).toHaveBeenCalledWith(
            expect.stringContaining(callback),
            expect.objectContaining({ message: `${callback} bug` }),
          ),
        )
        expect(store.getState().sessions[result.sessionId]?.status).toBe('succeeded')
      })
    }
  }

  it('survives a throwing getLinkToken and a throwing onError reporting it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const controller = link({
      linkToken: undefined,
      getLinkToken: () => {
        throw new Error('token endpoint down')
      },
      onError: () => {
        throw new Error('onError bug')
      },
    })
    void controller.open()
    await vi.waitFor(() => expect(controller.getState().error?.code).toBe('token_fetch_failed'))
    expect(fake.global.open).not.toHaveBeenCalled()
  })
})

describe('createPinwheelLink with impatient callers', () => {
  it('opens the script once for a triple click and refuses the extra clicks quietly', async () => {
    const controller = link()
    const clicks = [controller.open(), controller.open(), controller.open()]
    await tick()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    await expect(clicks[1]).rejects.toMatchObject({ code: 'already_open' })
    await expect(clicks[2]).rejects.toMatchObject({ code: 'already_open' })
    fake.emit('exit', {})
    const outcome = await clicks[0]
    expect(store.getState().sessionIds).toEqual([outcome?.sessionId])
  })

  it('opens one Link when two controllers are clicked at once, and the other after it closes', async () => {
    const first = link()
    const second = link()
    const a = first.open()
    const b = second.open()
    void b
    await expect(b).rejects.toMatchObject({ code: 'already_open' })
    await tick()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    fake.emit('exit', {})
    await a
    const c = second.open()
    await tick()
    expect(fake.global.open).toHaveBeenCalledTimes(2)
    fake.emit('exit', {})
    await c
    expect(store.getState().sessionIds).toHaveLength(2)
  })

  it('handles open, close, open in one tick before Link opened: one session, the second open', async () => {
    const controller = link({ getLinkToken: async () => makeLinkToken() })
    const first = controller.open()
    void controller.close()
    const second = controller.open()
    await expect(first).rejects.toMatchObject({ code: 'cancelled' })
    await tick()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    fake.emit('open', {})
    fake.emit('exit', {})
    const outcome = await second
    expect(store.getState().sessionIds).toEqual([outcome.sessionId])
    expect(names(outcome.sessionId)).toEqual(['open', 'exit'])
  })

  it('handles open, close, open in one tick while Link is open: the first is closed, late events stay with it', async () => {
    const controller = link({ getLinkToken: async () => makeLinkToken() })
    const first = controller.open()
    await tick()
    const firstParams = fake.params()
    fake.emit('open', {})
    void controller.close()
    const second = controller.open()
    const closed = await first
    expect(closed).toMatchObject({ endedBy: 'host' })
    await tick()
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    expect(fake.global.open).toHaveBeenCalledTimes(2)
    // The first modal's exit arrives late, through its own callbacks.
    firstParams.onEvent?.('exit', {})
    firstParams.onExit?.({})
    fake.emit('open', {})
    fake.emit('exit', {})
    const next = await second
    expect(next.sessionId).not.toBe(closed.sessionId)
    expect(names(closed.sessionId)).toEqual(['open', 'exit'])
    expect(names(next.sessionId)).toEqual(['open', 'exit'])
    expect(store.getState().sessions[closed.sessionId]?.status).toBe('exited')
  })

  it('closes the session when the token is swapped mid-flow, keeps its late events, and opens the next with the new token', async () => {
    const oldToken = makeLinkToken()
    const newToken = makeLinkToken()
    const onExit = vi.fn()
    const controller = link({ linkToken: oldToken, onExit })
    const first = controller.open()
    await tick()
    const oldParams = fake.params()
    expect(oldParams.linkToken).toBe(oldToken)
    fake.emit('open', {})
    fake.emit('screen_transition', { screenName: 'LOGIN' })
    controller.setOptions({ linkToken: newToken, store, onExit })
    const ended = await first
    expect(ended).toMatchObject({ endedBy: 'host' })
    expect(store.getState().sessions[ended.sessionId]?.status).toBe('closed')
    oldParams.onEvent?.('login_attempt', { platformId: 'plat_1' })

    const second = controller.open()
    await tick()
    expect(fake.params().linkToken).toBe(newToken)
    fake.emit('open', {})
    fake.emit('exit', {})
    const next = await second
    expect(names(ended.sessionId)).toEqual(['open', 'screen_transition', 'login_attempt'])
    expect(names(next.sessionId)).toEqual(['open', 'exit'])
    expect(onExit).toHaveBeenCalledTimes(1)
  })

  it('uses the swapped token when it changes while Link is still loading', async () => {
    uninstallFakePinwheel()
    const url = 'https://cdn.example/slow.js'
    const newToken = makeLinkToken()
    const controller = link({ scriptUrl: url })
    const opened = controller.open()
    controller.setOptions({ linkToken: newToken })
    setFake(installFakePinwheel())
    document.querySelector(`script[src="${url}"]`)?.dispatchEvent(new Event('load'))
    await tick()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    expect(fake.params().linkToken).toBe(newToken)
    fake.emit('exit', {})
    await opened
  })

  it('records events that arrive after destroy() against the destroyed session, calling no callback', async () => {
    const onEvent = vi.fn()
    const controller = link({ onEvent })
    const opened = controller.open()
    await tick()
    fake.emit('open', {})
    void controller.close()
    await expect(opened).resolves.toMatchObject({ endedBy: 'host' })
    const calls = onEvent.mock.calls.length
    fake.emit('screen_transition', { screenName: 'LOGIN' })
    fake.emit('exit', {})
    const [sessionId] = store.getState().sessionIds
    expect(names(sessionId!)).toEqual(['open', 'screen_transition', 'exit'])
    expect(onEvent).toHaveBeenCalledTimes(calls)
    // A new controller's session is a different one, with only its own events.
    const next = link()
    const nextOpen = next.open()
    await tick()
    fake.emit('open', {})
    fake.emit('exit', {})
    const outcome = await nextOpen
    expect(outcome.sessionId).not.toBe(sessionId)
    expect(names(outcome.sessionId)).toEqual(['open', 'exit'])
  })
})
