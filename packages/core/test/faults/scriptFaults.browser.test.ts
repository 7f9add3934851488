import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import type { InitializationParams } from '../../src/params/InitializationParams'
import { createPinwheelLink } from '../../src/session/createPinwheelLink'
import type { PinwheelLinkController } from '../../src/session/PinwheelLinkController'
import { resetPageState } from '../../src/session/pageState'
import { createLinkEventStore } from '../../src/store/createLinkEventStore'
import { makeLinkToken } from '../../src/test-utils/fakePinwheel'
import { watchUncaught } from './watchUncaught'

/**
 * The script faults with real responses in Chromium: the fault server (`faultScriptServer.ts`)
 * answers 404, 500, hangs, or serves a script that defines no global, until the test clears it.
 */

interface Call {
  instance: number
  call: 'open' | 'close'
  params?: InitializationParams
}
const page = window as unknown as { Pinwheel?: unknown; __pinwheelCalls?: Call[] }
const calls = () => page.__pinwheelCalls ?? []

const base = inject('faultScriptUrl')
let key = ''
const scriptUrl = () => `${base}/s/${key}.js`
const setMode = (mode: string) => fetch(`${base}/mode/${key}/${mode}`, { method: 'POST' })

let guard: ReturnType<typeof watchUncaught>
const controllers: PinwheelLinkController[] = []
const store = createLinkEventStore()

function link(extra: Parameters<typeof createPinwheelLink>[0] = {}) {
  const controller = createPinwheelLink({
    getLinkToken: async () => makeLinkToken(),
    scriptUrl: scriptUrl(),
    timeoutMs: 1500,
    store,
    ...extra,
  })
  controllers.push(controller)
  return controller
}

/** Opens Link through the served script, plays open → exit, checks the session. */
async function openAndExit(controller: PinwheelLinkController) {
  const before = calls().length
  const outcome = controller.open()
  await expect.poll(() => calls().length).toBe(before + 1)
  const params = calls().at(-1)?.params
  params?.onEvent?.('open', {})
  params?.onEvent?.('exit', {})
  params?.onExit?.({})
  const result = await outcome
  expect(result).toMatchObject({ results: [], error: null, endedBy: 'link' })
  expect(store.getState().sessions[result.sessionId]?.eventCount).toBe(2)
}

beforeEach(({ task }) => {
  key = task.id.replace(/\W/g, '')
  resetPageState()
  delete page.Pinwheel
  guard = watchUncaught()
})

afterEach(async () => {
  for (const controller of controllers.splice(0)) void controller.close()
  await guard.expectNone()
  delete page.Pinwheel
})

describe('createPinwheelLink in Chromium when the Link script fails', () => {
  const faults = [
    { mode: '404', code: 'network' },
    { mode: '500', code: 'network' },
    { mode: 'hang', code: 'timeout' },
    { mode: 'no-global', code: 'missing_global' },
  ]
  for (const { mode, code } of faults) {
    it(`shows a typed ${code} error when the script ${mode === 'hang' ? 'hangs' : `answers ${mode}`}, and retry() works once it is fixed`, async () => {
      await setMode(mode)
      const controller = link()
      const clicked = controller.open()
      await expect(clicked).rejects.toMatchObject({ name: 'LinkScriptError', code })
      await expect.poll(() => controller.getState().status).toBe('script_error')
      expect(controller.getState().error).toMatchObject({ code, url: scriptUrl() })
      expect(document.querySelectorAll(`script[src="${scriptUrl()}"]`)).toHaveLength(0)

      await setMode('ok')
      await controller.retry()
      // The retry really asked the server again (a hung request is not waited on twice).
      expect(await (await fetch(`${base}/count/${key}`)).json()).toBe(2)
      expect(controller.getState()).toMatchObject({ status: 'ready', error: null })
      await openAndExit(controller)
    })
  }

  it('closes the open modal through its own instance when another library loads the script again', async () => {
    await setMode('ok')
    const controller = link()
    await expect.poll(() => controller.getState().status).toBe('ready')
    const outcome = controller.open()
    await expect.poll(() => calls().filter((c) => c.call === 'open').length).toBeGreaterThan(0)
    const opener = calls().at(-1)!.instance
    // Another library adds the same script again; it runs and replaces window.Pinwheel.
    await new Promise((resolve, reject) => {
      const again = document.createElement('script')
      again.src = scriptUrl()
      again.onload = resolve
      again.onerror = reject
      document.head.append(again)
    })
    expect((page.Pinwheel as { instance: number }).instance).not.toBe(opener)
    await controller.close()
    expect(calls().at(-1)).toMatchObject({ instance: opener, call: 'close' })
    await expect(outcome).resolves.toMatchObject({ endedBy: 'host' })
    await openAndExit(controller)
  })

  it('reloads the script when window.Pinwheel was replaced after load, on retry()', async () => {
    await setMode('ok')
    const controller = link()
    await expect.poll(() => controller.getState().status).toBe('ready')
    page.Pinwheel = { open: 'taken over by another script' }
    await expect(controller.open()).rejects.toMatchObject({ code: 'missing_global' })
    await controller.retry()
    expect(controller.getState().status).toBe('ready')
    await openAndExit(controller)
  })
})
