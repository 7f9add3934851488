import { describe, expect, it } from 'vitest'
import { connectFlow, loginError, play } from '../../test-utils/linkFlows'
import { createLinkEventStore } from '../createLinkEventStore'
import { selectDropOffScreens } from './selectDropOffScreens'
import { selectErrorsByCode } from './selectErrorsByCode'
import { selectErrorsByType } from './selectErrorsByType'
import { selectEvents } from './selectEvents'
import { selectEventsByName } from './selectEventsByName'
import { selectFunnel } from './selectFunnel'
import { selectSessions } from './selectSessions'
import { selectStatusCounts } from './selectStatusCounts'
import { selectTimeToLogin } from './selectTimeToLogin'
import { selectTimeToSuccess } from './selectTimeToSuccess'

describe('selectDropOffScreens', () => {
  it('counts the last screen of sessions that ended without success, skipping EXIT_CONFIRMATION', () => {
    const store = createLinkEventStore()
    play(store, 'a', [
      ['open', {}],
      ['screen_transition', { screenName: 'LOGIN' }],
      ['screen_transition', { screenName: 'EXIT_CONFIRMATION' }],
      ['exit', {}],
    ])
    play(store, 'b', [
      ['open', {}],
      ['screen_transition', { screenName: 'LOGIN' }],
      ['exit', loginError],
    ])
    play(store, 'c', [
      ['open', {}],
      ['screen_transition', { screenName: 'SEARCH_RESULTS' }],
    ])
    store.getState().endSession('c', 'closed')
    play(store, 'd', [
      ['open', {}],
      ['exit', {}],
    ])
    play(store, 'ok', connectFlow)
    play(store, 'stillOpen', [
      ['open', {}],
      ['screen_transition', { screenName: 'LOGIN' }],
    ])
    expect(selectDropOffScreens(store.getState())).toEqual({
      total: 4,
      screens: [
        { screen: 'LOGIN', sessions: 2, share: 0.5 },
        { screen: 'SEARCH_RESULTS', sessions: 1, share: 0.25 },
        { screen: null, sessions: 1, share: 0.25 },
      ],
    })
  })
})

describe('selectTimeToLogin and selectTimeToSuccess', () => {
  it('measure from the open event per session, with mean and median', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 'a', at: 0 })
    store.getState().record('a', 'open', {}, 1000)
    store.getState().record('a', 'login', { accountId: 'x', platformId: 'p' }, 4000)
    store
      .getState()
      .record('a', 'success', { accountId: 'x', platformId: 'p', job: 'income' }, 9000)
    store.getState().startSession({ sessionId: 'b', at: 0 })
    store.getState().record('b', 'login', { accountId: 'x', platformId: 'p' }, 5000)
    store.getState().startSession({ sessionId: 'c', at: 0 })
    store.getState().record('c', 'open', {}, 0)
    store.getState().record('c', 'login', { accountId: 'x', platformId: 'p' }, 10_000)
    store.getState().startSession({ sessionId: 'none' })
    expect(selectTimeToLogin(store.getState())).toEqual({
      sessions: [
        { sessionId: 'a', ms: 3000 },
        { sessionId: 'b', ms: 5000 },
        { sessionId: 'c', ms: 10_000 },
      ],
      count: 3,
      mean: 6000,
      median: 5000,
    })
    const once = { sessions: [{ sessionId: 'a', ms: 8000 }], count: 1, mean: 8000, median: 8000 }
    expect(selectTimeToSuccess(store.getState())).toEqual({ ...once, byJob: { income: once } })
  })

  it('takes the mean of the two middle values for an even count, and null when empty', () => {
    const store = createLinkEventStore()
    expect(selectTimeToLogin(store.getState())).toEqual({
      sessions: [],
      count: 0,
      mean: null,
      median: null,
    })
    for (const [id, ms] of [
      ['a', 1000],
      ['b', 3000],
      ['c', 2000],
      ['d', 10_000],
    ] as const) {
      store.getState().record(id, 'open', {}, 0)
      store.getState().record(id, 'login', { accountId: 'x', platformId: 'p' }, ms)
    }
    expect(selectTimeToLogin(store.getState())).toMatchObject({
      count: 4,
      median: 2500,
      mean: 4000,
    })
  })
})

describe('selectErrorsByType and selectErrorsByCode', () => {
  it('count errors across sessions, an exit repeating the last error once', () => {
    const store = createLinkEventStore()
    play(store, 'a', [
      ['error', loginError],
      ['error', loginError],
      ['exit', loginError],
    ])
    play(store, 'b', [
      ['error', { type: 'networkError', code: 'networkError' }],
      ['exit', { type: 'platformError', code: 'constructor' }],
    ])
    expect(selectErrorsByType(store.getState())).toEqual({
      userActionRequired: 2,
      networkError: 1,
      platformError: 1,
    })
    const byCode = selectErrorsByCode(store.getState())
    expect({ ...byCode }).toEqual({ invalidCredentials: 2, networkError: 1, constructor: 1 })
  })

  it('keep their identity while errors do not change', () => {
    const store = createLinkEventStore()
    play(store, 'a', [['error', loginError]])
    const byType = selectErrorsByType(store.getState())
    const byCode = selectErrorsByCode(store.getState())
    play(store, 'a', [['screen_transition', { screenName: 'LOGIN' }]])
    expect(selectErrorsByType(store.getState())).toBe(byType)
    expect(selectErrorsByCode(store.getState())).toBe(byCode)
  })
})

describe('selectEventsByName', () => {
  it('groups buffered records by name with narrowed payloads', () => {
    const store = createLinkEventStore()
    play(store, 's', connectFlow)
    store.getState().record('s', 'bill_x', {})
    const byName = selectEventsByName(store.getState())
    expect(byName.screen_transition?.map((r) => r.payload.screenName)).toEqual([
      'SEARCH_DEFAULT',
      'LOGIN',
      'DD_AMOUNT_SELECTION',
    ])
    expect(byName.login?.[0]?.payload.accountId).toBe('acc_1')
    expect(byName.unknown).toHaveLength(1)
    expect(byName.error).toBeUndefined()
    expect(selectEventsByName(store.getState())).toBe(byName)
  })
})

describe('selectSessions and selectEvents', () => {
  it('list sessions in start order and keep identities stable between unrelated updates', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 'b' })
    store.getState().startSession({ sessionId: 'a' })
    const sessions = selectSessions(store.getState())
    expect(sessions.map((s) => s.id)).toEqual(['b', 'a'])
    expect(selectSessions(store.getState())).toBe(sessions)
    const events = selectEvents(store.getState())
    store.getState().endSession('a', 'closed')
    expect(selectEvents(store.getState())).toBe(events)
    expect(selectSessions(store.getState())).not.toBe(sessions)
    expect(selectSessions(store.getState())[1]?.status).toBe('closed')
  })

  it('do not mix up two stores', () => {
    const one = createLinkEventStore()
    const two = createLinkEventStore()
    play(one, 'x', [['open', {}]])
    play(two, 'y', connectFlow)
    expect(selectFunnel(one.getState()).all.counts.succeeded).toBe(0)
    expect(selectFunnel(two.getState()).all.counts.succeeded).toBe(1)
    expect(selectSessions(one.getState()).map((s) => s.id)).toEqual(['x'])
    expect(selectSessions(two.getState()).map((s) => s.id)).toEqual(['y'])
  })
})

describe('selectStatusCounts', () => {
  it('counts sessions by status and tells exits after an error apart from errored sessions', () => {
    const store = createLinkEventStore()
    const fatal = { type: 'systemError', code: 'systemError', message: 'down' }
    play(store, 'typo', [
      ['open', {}],
      ['error', loginError],
      ['screen_transition', { screenName: 'EXIT_CONFIRMATION' }],
      ['exit', loginError],
    ])
    play(store, 'fatal', [
      ['open', {}],
      ['error', fatal],
      ['exit', fatal],
    ])
    play(store, 'plain', [
      ['open', {}],
      ['exit', {}],
    ])
    play(store, 'ok', connectFlow)
    store.getState().startSession({ sessionId: 'starting' })
    expect(selectStatusCounts(store.getState())).toEqual({
      opening: 1,
      open: 0,
      succeeded: 1,
      exited: 2,
      errored: 1,
      closed: 0,
      exitedAfterError: 1,
    })
  })
})
