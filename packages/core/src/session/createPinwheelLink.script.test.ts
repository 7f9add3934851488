import { describe, expect, it, vi } from 'vitest'
import {
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../test-utils/fakePinwheel'
import {
  fake,
  link,
  setFake,
  settle,
  setUpSessionHarness,
  store,
} from '../test-utils/sessionHarness'
import { pageState } from './pageState'

setUpSessionHarness()

describe('createPinwheelLink and the Link script', () => {
  it('waits for the script when open() is called before it is ready', async () => {
    uninstallFakePinwheel()
    const url = 'https://cdn.example/pinwheel.js'
    const controller = link({ scriptUrl: url })
    const outcome = controller.open()
    expect(controller.getState().status).toBe('loading')
    setFake(installFakePinwheel())
    document.querySelector(`script[src="${url}"]`)?.dispatchEvent(new Event('load'))
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    fake.emit('exit', {})
    await expect(outcome).resolves.toMatchObject({ endedBy: 'link' })
  })

  it('rejects with a script timeout when the script is not ready within timeoutMs, and frees the page', async () => {
    uninstallFakePinwheel()
    vi.useFakeTimers()
    const onError = vi.fn()
    const controller = link({ scriptUrl: 'https://cdn.example/slow.js', timeoutMs: 1000, onError })
    const assertion = expect(controller.open()).rejects.toMatchObject({
      name: 'LinkScriptError',
      code: 'timeout',
    })
    await vi.advanceTimersByTimeAsync(999)
    expect(pageState().owner).not.toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    await assertion
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'timeout' }))
    expect(controller.getState()).toMatchObject({
      status: 'script_error',
      error: { code: 'timeout' },
    })
    expect(pageState().owner).toBeNull()
  })

  it('shows a script error, reports it to onError once, and retry() recovers', async () => {
    uninstallFakePinwheel()
    vi.useFakeTimers()
    const onError = vi.fn()
    const url = 'https://cdn.example/broken.js'
    const controller = link({ scriptUrl: url, onError })
    const rejected = expect(controller.open()).rejects.toMatchObject({
      name: 'LinkScriptError',
      code: 'network',
    })
    document.querySelector(`script[src="${url}"]`)?.dispatchEvent(new Event('error'))
    await vi.advanceTimersByTimeAsync(100)
    await rejected
    expect(controller.getState()).toMatchObject({
      status: 'script_error',
      error: { code: 'network' },
    })
    expect(onError).toHaveBeenCalledTimes(1)
    const retried = controller.retry()
    expect(controller.getState()).toEqual({ status: 'loading', error: null })
    setFake(installFakePinwheel())
    document.querySelector(`script[src="${url}"]`)?.dispatchEvent(new Event('load'))
    await retried
    expect(controller.getState().status).toBe('ready')
  })

  it('loads the new script when scriptUrl changes, also out of a script error', async () => {
    uninstallFakePinwheel()
    vi.useFakeTimers()
    const options = { linkToken: makeLinkToken(), store, scriptUrl: 'https://cdn.example/404.js' }
    const controller = link(options)
    document
      .querySelector('script[src="https://cdn.example/404.js"]')
      ?.dispatchEvent(new Event('error'))
    await vi.advanceTimersByTimeAsync(100)
    expect(controller.getState().status).toBe('script_error')
    controller.setOptions({ ...options, scriptUrl: 'https://cdn.example/ok.js' })
    expect(controller.getState().status).toBe('loading')
    setFake(installFakePinwheel())
    document
      .querySelector('script[src="https://cdn.example/ok.js"]')
      ?.dispatchEvent(new Event('load'))
    await vi.advanceTimersByTimeAsync(0)
    expect(controller.getState()).toEqual({ status: 'ready', error: null })
  })

  it('re-reads window.Pinwheel at each open: a vanished global is a missing_global script error', async () => {
    const controller = link()
    await settle()
    uninstallFakePinwheel()
    await expect(controller.open()).rejects.toMatchObject({ code: 'missing_global' })
    expect(controller.getState().status).toBe('script_error')
  })
})
