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

const success = { accountId: 'acc_1', platformId: 'plat_1', job: 'direct_deposit_switch' }
const invalidToken: PinwheelError = {
  type: 'invalidLinkToken',
  code: 'usedLinkToken',
  message: 'This link token was already used',
  pendingRetry: false,
}

let store: LinkEventStore
let fake: FakePinwheel
const controllers: PinwheelLinkController[] = []

function link(options: PinwheelLinkOptions = {}) {
  const controller = createPinwheelLink({ linkToken: makeLinkToken(), store, ...options })
  controllers.push(controller)
  return controller
}

/** Lets pending promise callbacks run (token, script, Pinwheel.open). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const recorded = (sessionId: string) =>
  store
    .getState()
    .events.filter((e) => e.sessionId === sessionId)
    .map((e) => e.name)

let createPinwheelLink: typeof import('./createPinwheelLink').createPinwheelLink

beforeEach(async () => {
  // A fresh loader memo per test: a load left hanging by one test must not reach the next.
  vi.resetModules()
  ;({ createPinwheelLink } = await import('./createPinwheelLink'))
  resetPageState()
  store = createLinkEventStore()
  fake = installFakePinwheel()
})

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.destroy()
  uninstallFakePinwheel()
  for (const script of Array.from(document.querySelectorAll('script'))) script.remove()
  vi.useRealTimers()
})

describe('createPinwheelLink', () => {
  it('is ready once the script is there, with a stable snapshot between changes', async () => {
    const controller = link()
    await settle()
    const snapshot = controller.getSnapshot()
    expect(snapshot).toEqual({ status: 'ready', error: null, sessionId: null, ready: true })
    expect(controller.getSnapshot()).toBe(snapshot)
  })

  it('opens Link with the token, the Link options and a uuid session id, and records the session', async () => {
    const token = makeLinkToken()
    const controller = link({
      linkToken: token,
      useDarkMode: true,
      modalStyling: { width: '480px' },
      ariaHideDocumentContent: true,
    })
    void controller.open()
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    const params = fake.params()
    const { sessionId } = controller.getSnapshot()
    expect(sessionId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(params).toMatchObject({
      linkToken: token,
      useDarkMode: true,
      modalStyling: { width: '480px' },
      ariaHideDocumentContent: true,
      _modalSessionIdOverride: sessionId,
    })
    expect(params).not.toHaveProperty('overlayStyling')
    expect(controller.getSnapshot().status).toBe('open')
    expect(store.getState().sessions[sessionId!]?.status).toBe('opening')
  })

  it('resolves open() on exit with the results, after recording every event under the session', async () => {
    const onEvent = vi.fn()
    const controller = link({ onEvent })
    const outcome = controller.open()
    await settle()
    const { sessionId } = controller.getSnapshot()
    fake.emit('open', {})
    fake.emit('success', success)
    fake.emit('exit', {})
    await expect(outcome).resolves.toEqual({
      status: 'succeeded',
      sessionId,
      results: [success],
      error: null,
      endedBy: 'link',
    })
    expect(recorded(sessionId!)).toEqual(['open', 'success', 'exit'])
    expect(onEvent.mock.calls.map((call) => call[0])).toEqual(['open', 'success', 'exit'])
    expect(onEvent.mock.calls[1]).toEqual(['success', success])
    expect(controller.getSnapshot().status).toBe('succeeded')
    expect(store.getState().sessions[sessionId!]?.status).toBe('succeeded')
  })

  it('resolves errored with the exit error when Link exits on an error', async () => {
    const error: PinwheelError = {
      type: 'platformError',
      code: 'systemError',
      message: 'down',
      pendingRetry: false,
    }
    const controller = link()
    const outcome = controller.open()
    await settle()
    fake.emit('exit', error)
    await expect(outcome).resolves.toMatchObject({ status: 'errored', error, endedBy: 'link' })
    expect(controller.getSnapshot().status).toBe('errored')
  })

  describe.each(['event-first', 'callback-first', 'event-only', 'callback-only'] as const)(
    'when the script reports twinned events %s',
    (order) => {
      it('records each occurrence once and calls onLogin, onSuccess and onExit once each', async () => {
        const onLogin = vi.fn()
        const onSuccess = vi.fn()
        const onError = vi.fn()
        const onExit = vi.fn()
        const onEvent = vi.fn()
        const controller = link({ onLogin, onSuccess, onError, onExit, onEvent })
        const outcome = controller.open()
        await settle()
        const { sessionId } = controller.getSnapshot()
        const second = { ...success, job: 'paystubs' }
        const jobError = { ...invalidToken, type: 'userActionRequired', code: 'invalidCredentials' }
        fake.emit('login', { accountId: 'acc_1', platformId: 'plat_1' }, order)
        fake.emit('error', jobError, order)
        fake.emit('success', success, order)
        fake.emit('success', second, order)
        fake.emit('exit', {}, order)
        fake.emit('exit', {}, order)
        // The second exit is a second occurrence: recorded, but onExit stays once per session.
        expect(recorded(sessionId!)).toEqual([
          'login',
          'error',
          'success',
          'success',
          'exit',
          'exit',
        ])
        expect(onLogin).toHaveBeenCalledTimes(1)
        expect(onError).toHaveBeenCalledTimes(1)
        expect(onError).toHaveBeenCalledWith(jobError)
        expect(onSuccess.mock.calls).toEqual([[success], [second]])
        expect(onExit).toHaveBeenCalledTimes(1)
        await expect(outcome).resolves.toMatchObject({ results: [success, second] })
      })
    },
  )

  it('reports a throwing callback and keeps recording and calling the others', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const onExit = vi.fn()
    const controller = link({
      onSuccess: () => {
        throw new Error('boom')
      },
      onEvent: async (name) => {
        if (name === 'open') throw new Error('async boom')
      },
      onExit,
    })
    const outcome = controller.open()
    await settle()
    const { sessionId } = controller.getSnapshot()
    fake.emit('open', {})
    fake.emit('success', success)
    fake.emit('exit', {})
    await outcome
    await settle()
    expect(onExit).toHaveBeenCalledTimes(1)
    const events = store.getState().events.filter((e) => e.sessionId === sessionId)
    expect(events.map((e) => e.name)).toEqual(['open', 'success', 'unknown', 'exit', 'unknown'])
    const reasons = events.flatMap((e) => (e.name === 'unknown' ? [e.payload.reason] : []))
    expect(reasons).toEqual([
      'callback onSuccess threw: boom',
      'callback onEvent threw: async boom',
    ])
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringMatching(/^\[linkwheel\].*onSuccess/),
      expect.any(Error),
    )
  })

  it('calls the latest callbacks, never the ones from open time', async () => {
    const first = vi.fn()
    const latest = vi.fn()
    const controller = link({ onSuccess: first })
    void controller.open()
    await settle()
    controller.setOptions({ onSuccess: latest })
    fake.emit('success', success)
    expect(first).not.toHaveBeenCalled()
    expect(latest).toHaveBeenCalledWith(success)
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('close() closes the modal, records the session closed and resolves open() as ended by the host', async () => {
    const onExit = vi.fn()
    const controller = link({ onExit })
    const outcome = controller.open()
    await settle()
    const { sessionId } = controller.getSnapshot()
    await controller.close()
    expect(fake.global.close).toHaveBeenCalledTimes(1)
    expect(store.getState().sessions[sessionId!]?.status).toBe('closed')
    await expect(outcome).resolves.toMatchObject({ status: 'exited', endedBy: 'host', sessionId })
    expect(onExit).not.toHaveBeenCalled()
  })

  it('records events that arrive after close against their own session, not the next one', async () => {
    const controller = link({ getLinkToken: async () => makeLinkToken() })
    void controller.open()
    await settle()
    const firstId = controller.getSnapshot().sessionId!
    const firstParams = fake.params()
    await controller.close()
    void controller.open()
    await settle()
    const secondId = controller.getSnapshot().sessionId!
    expect(secondId).not.toBe(firstId)
    firstParams.onEvent?.('screen_transition', { screenName: 'EXIT_CONFIRMATION' })
    fake.emit('open', {})
    expect(recorded(firstId)).toEqual(['screen_transition'])
    expect(recorded(secondId)).toEqual(['open'])
  })

  it('waits for the script when open() is called before it is ready', async () => {
    uninstallFakePinwheel()
    const controller = link({ scriptUrl: 'https://cdn.example/pinwheel-v3.1.0.js' })
    expect(controller.getSnapshot().status).toBe('loading')
    const outcome = controller.open()
    await settle()
    const script = document.querySelector<HTMLScriptElement>(
      'script[src="https://cdn.example/pinwheel-v3.1.0.js"]',
    )
    expect(script).not.toBeNull()
    fake = installFakePinwheel()
    script!.dispatchEvent(new Event('load'))
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    fake.emit('exit', {})
    await expect(outcome).resolves.toMatchObject({ status: 'exited' })
  })

  it('asks the script for the modal before telling subscribers the script is ready', async () => {
    uninstallFakePinwheel()
    const controller = link({ scriptUrl: 'https://cdn.example/pinwheel-v3.2.0.js' })
    // What a React re-render would see: was the modal already asked for when it ran?
    const heard: string[] = []
    controller.subscribe(() => {
      heard.push(`${controller.getSnapshot().status}:${fake?.global.open.mock.calls.length ?? 0}`)
    })
    const outcome = controller.open()
    await settle()
    fake = installFakePinwheel()
    document
      .querySelector('script[src="https://cdn.example/pinwheel-v3.2.0.js"]')!
      .dispatchEvent(new Event('load'))
    await settle()
    expect(heard).toEqual(['open:1'])
    fake.emit('exit', {})
    await expect(outcome).resolves.toMatchObject({ status: 'exited' })
    expect(controller.getSnapshot()).toMatchObject({ status: 'exited', ready: true })
  })

  it('starts the session in the store only after asking the script for the modal', async () => {
    const seen: number[] = []
    store.subscribe((state) => {
      if (state.sessionIds.length) seen.push(fake.global.open.mock.calls.length)
    })
    const controller = link()
    void controller.open()
    await settle()
    expect(seen[0]).toBe(1)
    expect(store.getState().sessions[controller.getSnapshot().sessionId!]?.status).toBe('opening')
  })

  it('rejects with open_timeout when the script is not ready within openTimeoutMs', async () => {
    uninstallFakePinwheel()
    vi.useFakeTimers()
    const onError = vi.fn()
    const controller = link({
      scriptUrl: 'https://cdn.example/slow.js',
      timeoutMs: 60_000,
      openTimeoutMs: 1000,
      onError,
    })
    const outcome = controller.open()
    const assertion = expect(outcome).rejects.toMatchObject({
      name: 'LinkSessionError',
      code: 'open_timeout',
    })
    await vi.advanceTimersByTimeAsync(1000)
    await assertion
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'open_timeout' }))
    expect(controller.getSnapshot().error?.code).toBe('open_timeout')
    // The page is free again.
    expect(link().open()).toBeInstanceOf(Promise)
  })

  it('shows a script error, reports it to onError, and retry() recovers', async () => {
    uninstallFakePinwheel()
    vi.useFakeTimers()
    const onError = vi.fn()
    const url = 'https://cdn.example/broken.js'
    const controller = link({ scriptUrl: url, onError })
    const outcome = controller.open()
    const rejected = expect(outcome).rejects.toMatchObject({
      name: 'LinkScriptError',
      code: 'network',
    })
    document.querySelector(`script[src="${url}"]`)!.dispatchEvent(new Event('error'))
    await vi.advanceTimersByTimeAsync(100)
    await rejected
    expect(controller.getSnapshot()).toMatchObject({ status: 'script_error', ready: false })
    expect(controller.getSnapshot().error?.code).toBe('network')
    expect(onError).toHaveBeenCalledTimes(1)
    expect(document.querySelector(`script[src="${url}"]`)).toBeNull()

    const retried = controller.retry()
    expect(controller.getSnapshot()).toMatchObject({ status: 'loading', error: null })
    fake = installFakePinwheel()
    document.querySelector(`script[src="${url}"]`)!.dispatchEvent(new Event('load'))
    await retried
    expect(controller.getSnapshot()).toMatchObject({ status: 'ready', ready: true })
    void controller.open()
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('loads the new script when scriptUrl changes, also out of a script error', async () => {
    uninstallFakePinwheel()
    vi.useFakeTimers()
    const broken = 'https://cdn.example/missing.js'
    const fixed = 'https://cdn.example/pinwheel.js'
    const controller = link({ scriptUrl: broken })
    document.querySelector(`script[src="${broken}"]`)!.dispatchEvent(new Event('error'))
    await vi.advanceTimersByTimeAsync(100)
    expect(controller.getSnapshot().status).toBe('script_error')

    controller.setOptions({ scriptUrl: fixed })
    expect(controller.getSnapshot()).toMatchObject({ status: 'loading', error: null, ready: false })
    fake = installFakePinwheel()
    document.querySelector(`script[src="${fixed}"]`)!.dispatchEvent(new Event('load'))
    await vi.advanceTimersByTimeAsync(0)
    expect(controller.getSnapshot()).toMatchObject({ status: 'ready', ready: true })
    void controller.open()
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('re-reads window.Pinwheel at each open: a replaced global is a script error that retry() fixes', async () => {
    const controller = link({ getLinkToken: async () => makeLinkToken() })
    await settle()
    ;(window as { Pinwheel?: unknown }).Pinwheel = { open: 'not a function' }
    await expect(controller.open()).rejects.toMatchObject({ code: 'missing_global' })
    expect(controller.getSnapshot().status).toBe('script_error')
    const retried = controller.retry()
    const script = document.querySelector<HTMLScriptElement>('script[src*="pinwheel-v3.1.0.js"]')
    expect(script).not.toBeNull()
    fake = installFakePinwheel()
    script!.dispatchEvent(new Event('load'))
    await retried
    void controller.open()
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('uses a replacement window.Pinwheel installed after load', async () => {
    const controller = link()
    await settle()
    const replacement = installFakePinwheel()
    void controller.open()
    await settle()
    expect(replacement.global.open).toHaveBeenCalledTimes(1)
    expect(fake.global.open).not.toHaveBeenCalled()
  })
  it('shares one script tag between controllers, as StrictMode mounts create, destroy and recreate', async () => {
    uninstallFakePinwheel()
    const url = 'https://cdn.example/strict/pinwheel-v3.1.0.js'
    const first = link({ scriptUrl: url })
    first.destroy()
    const second = link({ scriptUrl: url })
    expect(document.querySelectorAll('script')).toHaveLength(1)
    fake = installFakePinwheel()
    document.querySelector('script')!.dispatchEvent(new Event('load'))
    await settle()
    expect(second.getSnapshot().status).toBe('ready')
    void second.open()
    await settle()
    expect(fake.global.open).toHaveBeenCalledTimes(1)
  })

  it('loads the script again when open() is called after a script error', async () => {
    uninstallFakePinwheel()
    vi.useFakeTimers()
    const url = 'https://cdn.example/flaky.js'
    const controller = link({ scriptUrl: url })
    document.querySelector(`script[src="${url}"]`)!.dispatchEvent(new Event('error'))
    await vi.advanceTimersByTimeAsync(100)
    expect(controller.getSnapshot().status).toBe('script_error')
    void controller.open()
    expect(controller.getSnapshot()).toMatchObject({ status: 'loading', error: null })
    fake = installFakePinwheel()
    document.querySelector(`script[src="${url}"]`)!.dispatchEvent(new Event('load'))
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.global.open).toHaveBeenCalledTimes(1)
    expect(controller.getSnapshot().status).toBe('open')
  })
})
