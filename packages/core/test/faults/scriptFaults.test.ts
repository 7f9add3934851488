import { describe, expect, it, vi } from 'vitest'
import { isLinkScriptError } from '../../src/errors/LinkScriptError'
import type { PinwheelLinkController } from '../../src/session/PinwheelLinkController'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../../src/test-utils/fakePinwheel'
import {
  createPinwheelLink,
  keep,
  names,
  setUpControllerHarness,
  store,
  tick,
} from './controllerHarness'

/**
 * Script faults against the real loader and controller in jsdom: the tag's `load`, `error` and
 * CSP events are fired by hand (jsdom fetches no scripts). Chromium repeats the network ones with
 * real responses in `scriptFaults.browser.test.ts`.
 */

type Inflict = (script: HTMLScriptElement, url: string) => void

const fireError: Inflict = (script) => script.dispatchEvent(new Event('error'))

const faults: { fault: string; code: string; inflict: Inflict }[] = [
  // jsdom cannot tell a 404 from a 500: both are the tag's error event.
  { fault: 'answers 404', code: 'network', inflict: fireError },
  { fault: 'answers 500', code: 'network', inflict: fireError },
  { fault: 'hangs', code: 'timeout', inflict: () => {} },
  {
    fault: 'is blocked by a CSP',
    code: 'blocked',
    inflict: (script, url) => {
      script.dispatchEvent(new Event('error'))
      const violation = new Event('securitypolicyviolation', { bubbles: true })
      Object.assign(violation, { blockedURI: url, violatedDirective: 'script-src-elem' })
      document.dispatchEvent(violation)
    },
  },
  {
    fault: 'loads but defines no global',
    code: 'missing_global',
    inflict: (script) => script.dispatchEvent(new Event('load')),
  },
  {
    fault: 'loads but defines a global without open/close',
    code: 'missing_global',
    inflict: (script) => {
      ;(window as { Pinwheel?: unknown }).Pinwheel = { open: () => {} }
      script.dispatchEvent(new Event('load'))
    },
  },
]

setUpControllerHarness({ fakeScript: false })

/** The tags loading `url`: its src, or after a timeout, a fresh variant of it. */
const scriptsFor = (url: string) =>
  Array.from(document.querySelectorAll<HTMLScriptElement>('script')).filter(
    (s) => s.src.replace(/[?&]linkwheel_retry=\d+$/, '') === url,
  )

/** The script finally loads and defines a working (fake) global. */
function scriptLoads(url: string): FakePinwheel {
  const fake = installFakePinwheel()
  const [script] = scriptsFor(url)
  if (!script) throw new Error(`no <script> for ${url}`)
  script.dispatchEvent(new Event('load'))
  return fake
}

function link(url: string, extra: Parameters<typeof createPinwheelLink>[0] = {}) {
  const controller = createPinwheelLink({
    getLinkToken: async () => makeLinkToken(),
    scriptUrl: url,
    timeoutMs: 150,
    store,
    ...extra,
  })
  return keep(controller)
}

/** Opens, plays a short flow and checks it landed in the store under the session. */
async function openAndExit(controller: PinwheelLinkController, fake: FakePinwheel) {
  const outcome = controller.open()
  await tick()
  expect(fake.global.open).toHaveBeenCalledTimes(1)
  fake.emit('open', {})
  fake.emit('exit', {})
  const result = await outcome
  expect(result).toMatchObject({ results: [], error: null, endedBy: 'link' })
  expect(names(result.sessionId)).toEqual(['open', 'exit'])
  return result
}

describe('createPinwheelLink when the Link script fails', () => {
  for (const { fault, code, inflict } of faults) {
    it(`shows a typed ${code} error when the script ${fault}, and retry() works once the fault clears`, async () => {
      const url = `https://cdn.example/${code}/${fault.replace(/\W+/g, '-')}.js`
      const onError = vi.fn()
      const controller = link(url, { onError })
      // A click while the script is failing: ignored promise, no unhandled rejection.
      const clicked = controller.open()
      void clicked
      const [script] = scriptsFor(url)
      expect(script).toBeDefined()
      inflict(script!, url)
      await expect(clicked).rejects.toMatchObject({ name: 'LinkScriptError', code })
      await vi.waitFor(() => expect(controller.getState().status).toBe('script_error'))

      const { error } = controller.getState()
      expect(isLinkScriptError(error)).toBe(true)
      expect(error).toMatchObject({ code, url })
      expect(error?.message).toMatch(/retry/i)
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError).toHaveBeenCalledWith(error)
      expect(scriptsFor(url)).toHaveLength(0)
      expect(store.getState().sessionIds).toEqual([])

      // The fault clears: retry() injects the script again and Link opens.
      const retried = controller.retry()
      expect(controller.getState()).toMatchObject({ status: 'loading', error: null })
      expect(scriptsFor(url)).toHaveLength(1)
      // After a timeout the stalled request may still be pending: the retry asks afresh.
      expect(scriptsFor(url)[0]?.src === url).toBe(code !== 'timeout')
      const fake = scriptLoads(url)
      await retried
      expect(controller.getState()).toMatchObject({ status: 'ready' })
      await openAndExit(controller, fake)
    })
  }

  it('keeps failing with the typed error while the fault persists, each click reloading once', async () => {
    const url = 'https://cdn.example/still-down.js'
    const controller = link(url)
    for (let click = 1; click <= 3; click++) {
      const opened = controller.open()
      const tags = scriptsFor(url)
      expect(tags).toHaveLength(1)
      tags[0]!.dispatchEvent(new Event('error'))
      await expect(opened).rejects.toMatchObject({ code: 'network' })
      expect(controller.getState().status).toBe('script_error')
    }
    const retried = controller.retry()
    const fake = scriptLoads(url)
    await retried
    await openAndExit(controller, fake)
  })

  it('reuses a copy of the tag another library added first, and loads once', async () => {
    const url = 'https://cdn.example/added-twice.js'
    const theirs = document.createElement('script')
    theirs.src = url
    document.body.append(theirs)
    const controller = link(url)
    expect(scriptsFor(url)).toEqual([theirs])
    const fake = scriptLoads(url)
    await vi.waitFor(() => expect(controller.getState().status).toBe('ready'))
    await openAndExit(controller, fake)
  })

  it('survives another library adding the script again while Link is open: the open modal is closed by the instance that opened it', async () => {
    const url = 'https://cdn.example/added-again.js'
    const controller = link(url)
    const first = scriptLoads(url)
    await tick()
    const outcome = controller.open()
    await tick()
    expect(first.global.open).toHaveBeenCalledTimes(1)
    first.emit('open', {})
    // The second copy runs and replaces window.Pinwheel with a fresh instance.
    const second = installFakePinwheel()
    first.emit('screen_transition', { screenName: 'LOGIN' })
    await controller.close()
    expect(first.global.close).toHaveBeenCalled()
    const ended = await outcome
    expect(ended).toMatchObject({ endedBy: 'host' })
    expect(store.getState().sessions[ended.sessionId]).toMatchObject({
      status: 'closed',
      eventCount: 2,
    })
    // The next open goes to the instance on the page now.
    await openAndExit(controller, second)
  })

  it('turns a window.Pinwheel replaced by junk after load into a missing_global error that retry() fixes', async () => {
    const url = 'https://cdn.example/replaced.js'
    const onError = vi.fn()
    const controller = link(url, { onError })
    scriptLoads(url)
    await tick()
    ;(window as { Pinwheel?: unknown }).Pinwheel = { version: 'something else' }
    void controller.open()
    await vi.waitFor(() => expect(controller.getState().status).toBe('script_error'))
    expect(controller.getState().error).toMatchObject({ code: 'missing_global' })
    expect(onError).toHaveBeenCalledTimes(1)
    const retried = controller.retry()
    const fake = scriptLoads(url)
    await retried
    await openAndExit(controller, fake)
  })

  it('turns a hostile window.Pinwheel getter into a missing_global error, never a throw', async () => {
    const url = 'https://cdn.example/hostile.js'
    const controller = link(url)
    scriptLoads(url)
    await tick()
    Object.defineProperty(window, 'Pinwheel', {
      configurable: true,
      get() {
        throw new Error('hostile getter')
      },
    })
    await expect(controller.open()).rejects.toMatchObject({ code: 'missing_global' })
    delete (window as { Pinwheel?: unknown }).Pinwheel
    const retried = controller.retry()
    const fake = scriptLoads(url)
    await retried
    await openAndExit(controller, fake)
  })

  it('closes cleanly when window.Pinwheel disappears while Link is open', async () => {
    const url = 'https://cdn.example/deleted.js'
    const controller = link(url)
    const fake = scriptLoads(url)
    await tick()
    const outcome = controller.open()
    await tick()
    fake.emit('open', {})
    uninstallFakePinwheel()
    await expect(controller.close()).resolves.toBeUndefined()
    const ended = await outcome
    expect(store.getState().sessions[ended.sessionId]?.status).toBe('closed')
  })

  it('handles Pinwheel.open throwing synchronously or rejecting as a typed open_failed error', async () => {
    const url = 'https://cdn.example/open-throws.js'
    const controller = link(url)
    const fake = scriptLoads(url)
    await tick()
    fake.global.open.mockImplementationOnce(() => {
      throw new Error('sync boom')
    })
    await expect(controller.open()).rejects.toMatchObject({ code: 'open_failed' })
    fake.global.open.mockImplementationOnce(async () => {
      throw new Error('async boom')
    })
    await expect(controller.open()).rejects.toMatchObject({ code: 'open_failed' })
    fake.global.open.mockClear()
    await openAndExit(controller, fake)
  })
})
