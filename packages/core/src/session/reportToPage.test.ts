import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findDefaultLinkEventStore } from '../store/findDefaultLinkEventStore'
import { getDefaultLinkEventStore } from '../store/getDefaultLinkEventStore'
import {
  type FakePinwheel,
  installFakePinwheel,
  makeLinkToken,
  uninstallFakePinwheel,
} from '../test-utils/fakePinwheel'
import { createPinwheelLink } from './createPinwheelLink'
import { pageState, resetPageState } from './pageState'
import { reportToPage } from './reportToPage'

let fake: FakePinwheel
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const success = { accountId: 'acct-1', platformId: 'plat-1', job: 'direct_deposit_switch' }

beforeEach(() => {
  resetPageState()
  fake = installFakePinwheel()
})

afterEach(() => {
  vi.useRealTimers()
  uninstallFakePinwheel()
})

describe('sessions with no store option', () => {
  it('create no store, and replay into the default store once the app reads events', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T10:00:00Z') })
    const controller = createPinwheelLink({ linkToken: makeLinkToken() })
    const outcome = controller.open()
    await settle()
    const { sessionId } = controller.getSnapshot()
    fake.emit('open', {})
    vi.setSystemTime(new Date('2026-11-23T10:00:05Z'))
    fake.emit('success', success)
    fake.emit('exit', {})
    await expect(outcome).resolves.toMatchObject({ status: 'succeeded', results: [success] })
    expect(findDefaultLinkEventStore()).toBeNull()

    vi.setSystemTime(new Date('2026-11-23T11:00:00Z'))
    const store = getDefaultLinkEventStore()
    expect(findDefaultLinkEventStore()).toBe(store)
    const state = store.getState()
    // Each twin once, with the times they happened, not the time of the replay.
    expect(state.events.map((e) => [e.name, e.sessionId, new Date(e.at).toISOString()])).toEqual([
      ['open', sessionId, '2026-11-23T10:00:00.000Z'],
      ['success', sessionId, '2026-11-23T10:00:05.000Z'],
      ['exit', sessionId, '2026-11-23T10:00:05.000Z'],
    ])
    expect(state.sessions[sessionId!]).toMatchObject({ status: 'succeeded', eventCount: 3 })
    expect(pageState().backlog).toEqual([])
    controller.destroy()
  })

  it('record straight into the default store once it exists, stamped by its clock', async () => {
    const store = getDefaultLinkEventStore()
    const controller = createPinwheelLink({ linkToken: makeLinkToken() })
    void controller.open()
    await settle()
    fake.emit('open', {})
    const { sessionId } = controller.getSnapshot()
    expect(store.getState().events.map((e) => e.name)).toEqual(['open'])
    expect(store.getState().sessions[sessionId!]?.status).toBe('open')
    expect(pageState().backlog).toEqual([])
    controller.destroy()
    expect(store.getState().sessions[sessionId!]?.status).toBe('closed')
  })

  it('keep at most the last 1000 reports while no store reads them', () => {
    for (let index = 0; index < 1500; index++) {
      reportToPage({
        type: 'callback',
        sessionId: 'session-1',
        callback: 'onEvent',
        args: ['screen_transition', { screenName: `SCREEN_${index}` }],
      })
    }
    const backlog = pageState().backlog
    expect(backlog).toHaveLength(1000)
    expect(backlog[0]).toMatchObject({ args: ['screen_transition', { screenName: 'SCREEN_500' }] })
    const store = getDefaultLinkEventStore()
    expect(store.getState().dropped + store.getState().events.length).toBe(1000)
    expect(store.getState().sessions['session-1']?.eventCount).toBe(1000)
  })
})
