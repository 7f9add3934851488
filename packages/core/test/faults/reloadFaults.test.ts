import { describe, expect, it, vi } from 'vitest'
import { resetPageState } from '../../src/session/pageState'
import { createLinkEventStore } from '../../src/store/createLinkEventStore'
import { persistLinkEvents } from '../../src/store/persistLinkEvents'
import { installFakePinwheel } from '../../src/test-utils/fakePinwheel'
import { hidePage } from '../../src/test-utils/hidePage'
import { memoryStorage } from '../../src/test-utils/memoryStorage'
import {
  fake,
  link,
  names,
  reloadController,
  setFake,
  setStore,
  setUpControllerHarness,
  store,
  tick,
} from './controllerHarness'

/** What callers do wrong or at the wrong time, against the controller and a fake script. */

setUpControllerHarness()

describe('createPinwheelLink across a reload with persistence on', () => {
  it('closes the interrupted session as such and keeps it apart from the next page', async () => {
    const storage = memoryStorage()
    setStore(createLinkEventStore({ persist: persistLinkEvents({ storage }) }))
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
    await reloadController()
    const { createLinkEventStore: createAfterReload } = await import(
      '../../src/store/createLinkEventStore'
    )
    setStore(createAfterReload({ persist: persistLinkEvents({ storage }), now: () => 9_999_999 }))
    expect(store.getState().sessions[interrupted!]).toMatchObject({
      status: 'closed',
      closedAt: 9_999_999,
      lastScreen: 'LOGIN',
      eventCount: 3,
    })
    setFake(installFakePinwheel())
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
