import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PinwheelLinkController } from '../../src/session/PinwheelLinkController'
import type { PinwheelLinkOptions } from '../../src/session/PinwheelLinkOptions'
import { resetPageState } from '../../src/session/pageState'
import { createLinkEventStore } from '../../src/store/createLinkEventStore'
import { persistLinkEvents } from '../../src/store/persistLinkEvents'
import type { LinkEventStore } from '../../src/store/types'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../../src/test-utils/fakePinwheel'
import { hidePage } from '../../src/test-utils/hidePage'
import { memoryStorage } from '../../src/test-utils/memoryStorage'
import { watchUncaught } from './watchUncaught'

/** What callers do wrong or at the wrong time, against the controller and a fake script. */

let createPinwheelLink: typeof import('../../src/session/createPinwheelLink').createPinwheelLink
let store: LinkEventStore
let fake: FakePinwheel
let guard: ReturnType<typeof watchUncaught>
const controllers: PinwheelLinkController[] = []

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

function link(options: PinwheelLinkOptions = {}) {
  const controller = createPinwheelLink({ linkToken: makeLinkToken(), store, ...options })
  controllers.push(controller)
  return controller
}

const names = (sessionId: string) =>
  store
    .getState()
    .events.filter((e) => e.sessionId === sessionId)
    .map((e) => e.name)

beforeEach(async () => {
  vi.resetModules()
  ;({ createPinwheelLink } = await import('../../src/session/createPinwheelLink'))
  resetPageState()
  store = createLinkEventStore()
  fake = installFakePinwheel()
  guard = watchUncaught()
})

afterEach(async () => {
  for (const controller of controllers.splice(0)) void controller.close()
  await guard.expectNone()
  uninstallFakePinwheel()
  for (const script of Array.from(document.querySelectorAll('script'))) script.remove()
})

describe('createPinwheelLink across a reload with persistence on', () => {
  it('closes the interrupted session as such and keeps it apart from the next page', async () => {
    const storage = memoryStorage()
    store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    const controller = link()
    void controller.open()
    await tick()
    fake.emit('open', {})
    fake.emit('screen_transition', { screenName: 'LOGIN' })
    fake.emit('login_attempt', { platformId: 'plat_1' })
    const [interrupted] = store.getState().sessionIds
    expect(store.getState().sessions[interrupted!]?.status).toBe('open')

    // The page reloads: it is hidden first, then nothing of it runs again; storage survives.
    hidePage()
    vi.resetModules()
    resetPageState()
    ;({ createPinwheelLink } = await import('../../src/session/createPinwheelLink'))
    const { createLinkEventStore: createAfterReload } = await import(
      '../../src/store/createLinkEventStore'
    )
    store = createAfterReload({ persist: persistLinkEvents({ storage }), now: () => 9_999_999 })
    expect(store.getState().sessions[interrupted!]).toMatchObject({
      status: 'closed',
      closedAt: 9_999_999,
      lastScreen: 'LOGIN',
      eventCount: 3,
    })
    fake = installFakePinwheel()
    const after = link()
    const reopened = after.open()
    await tick()
    fake.emit('open', {})
    fake.emit('exit', {})
    const outcome = await reopened
    expect(outcome.sessionId).not.toBe(interrupted)
    expect(names(interrupted!)).toEqual(['open', 'screen_transition', 'login_attempt'])
    expect(names(outcome.sessionId)).toEqual(['open', 'exit'])
    expect(store.getState().sessions[interrupted!]?.status).toBe('closed')
  })
})
