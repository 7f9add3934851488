import { describe, expect, it, vi } from 'vitest'
import { connectFlow, event, loginError, play } from '../test-utils/linkFlows'
import { createLinkEventStore } from './createLinkEventStore'

describe('createLinkEventStore', () => {
  it('records events as typed records with id, seq, sessionId and at', () => {
    const store = createLinkEventStore({ now: () => 42 })
    const record = store
      .getState()
      .record('s1', event('login', { accountId: 'a', platformId: 'p' }))
    expect(record).toEqual({
      name: 'login',
      payload: { accountId: 'a', platformId: 'p' },
      id: expect.any(String),
      seq: 1,
      sessionId: 's1',
      at: 42,
    })
    const second = store.getState().record('s1', event('open'), 7)
    expect(second.seq).toBe(2)
    expect(second.at).toBe(7)
    expect(second.id).not.toBe(record.id)
    expect(store.getState().events).toEqual([record, second])
    expect(store.getState().lastSeq).toBe(2)
  })

  it('uses idGenerator for record ids', () => {
    let n = 0
    const store = createLinkEventStore({ idGenerator: () => `evt-${++n}` })
    expect(store.getState().record('s', event('open')).id).toBe('evt-1')
    expect(store.getState().record('s', event('open')).id).toBe('evt-2')
  })

  it('summarises a connect session field by field', () => {
    const store = createLinkEventStore({ now: () => 0 })
    store.getState().startSession({ sessionId: 's1', at: 100 })
    expect(store.getState().sessions.s1).toMatchObject({
      status: 'opening',
      openedAt: 100,
      eventCount: 0,
    })
    play(store, 's1', connectFlow, 1000)
    expect(store.getState().sessions.s1).toEqual({
      id: 's1',
      mode: 'connect',
      modeSource: 'events',
      status: 'succeeded',
      openedAt: 100,
      shownAt: 1000,
      closedAt: 11_000,
      employer: { id: 'emp_acme', name: 'Acme' },
      platform: { id: 'plt_workday', name: 'Workday' },
      accountId: 'acc_1',
      allocation: { action: 'full_switch' },
      jobsSucceeded: ['direct_deposit_switch'],
      errors: [],
      lastScreen: 'DD_AMOUNT_SELECTION',
      lastTaskScreen: 'DD_AMOUNT_SELECTION',
      loginAttemptAt: 6000,
      loggedInAt: 7000,
      firstSuccessAt: 10_000,
      eventCount: connectFlow.length,
    })
    expect(store.getState().sessionIds).toEqual(['s1'])
  })

  it('moves opening → open on the open event', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 's' })
    store.getState().record('s', event('open'))
    expect(store.getState().sessions.s?.status).toBe('open')
  })

  it('ends as exited on a plain exit, errored on an exit with an error, succeeded after a success', () => {
    const store = createLinkEventStore()
    play(store, 'plain', [
      ['open', {}],
      ['exit', {}],
    ])
    play(store, 'err', [
      ['open', {}],
      ['exit', { type: 'systemError', code: 'systemError', message: 'x' }],
    ])
    play(store, 'ok', [
      ['open', {}],
      ['success', { accountId: 'a', platformId: 'p', job: 'income' }],
      ['exit', { ...loginError }],
    ])
    const { sessions } = store.getState()
    expect(sessions.plain?.status).toBe('exited')
    expect(sessions.err?.status).toBe('errored')
    expect(sessions.err?.errors).toEqual([
      { type: 'systemError', code: 'systemError', message: 'x', pendingRetry: false },
    ])
    expect(sessions.ok?.status).toBe('succeeded')
  })

  it('keeps a session open through an error that does not end the flow', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ['open', {}],
      ['error', loginError],
    ])
    expect(store.getState().sessions.s).toMatchObject({
      status: 'open',
      errors: [loginError],
      closedAt: null,
    })
  })

  it('counts an error reported by error and again by exit once', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ['open', {}],
      ['error', loginError],
      ['exit', loginError],
    ])
    expect(store.getState().sessions.s?.errors).toEqual([loginError])
    play(store, 't', [
      ['open', {}],
      ['error', loginError],
      ['exit', { ...loginError, code: 'accountLocked' }],
    ])
    expect(store.getState().sessions.t?.errors.map((e) => e.code)).toEqual([
      'invalidCredentials',
      'accountLocked',
    ])
  })

  it('endSession marks a live session closed, but never overrides a terminal status', () => {
    const store = createLinkEventStore({ now: () => 5 })
    store.getState().startSession({ sessionId: 'live' })
    store.getState().endSession('live', 'closed')
    expect(store.getState().sessions.live).toMatchObject({ status: 'closed', closedAt: 5 })
    play(
      store,
      'done',
      [
        ['open', {}],
        ['exit', {}],
      ],
      100,
    )
    store.getState().endSession('done', 'closed', 999)
    expect(store.getState().sessions.done).toMatchObject({ status: 'exited', closedAt: 1100 })
    const before = store.getState()
    store.getState().endSession('nobody', 'closed')
    expect(store.getState()).toBe(before)
  })

  it('lets a late exit report the real outcome of a session the host closed', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ['open', {}],
      ['success', { accountId: 'a', platformId: 'p', job: 'income' }],
    ])
    store.getState().endSession('s', 'closed', 50)
    store.getState().record('s', event('exit'), 60)
    expect(store.getState().sessions.s).toMatchObject({ status: 'succeeded', closedAt: 50 })
  })

  it('infers on_demand_update when login comes with no selection before it', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 'odu' })
    play(store, 'odu', [
      ['open', {}],
      ['screen_transition', { screenName: 'LOGIN', selectedPlatformId: 'plt_1' }],
      ['login', { accountId: 'acc_9', platformId: 'plt_1' }],
    ])
    expect(store.getState().sessions.odu).toMatchObject({
      mode: 'on_demand_update',
      modeSource: 'events',
      accountId: 'acc_9',
      platform: { id: 'plt_1', name: '' },
      employer: null,
    })
  })

  it('infers connect from a selection or a search screen, and keeps it after login', () => {
    const store = createLinkEventStore()
    play(store, 'a', [
      ['select_employer', { selectedEmployerId: 'e', selectedEmployerName: 'E' }],
      ['login', { accountId: 'x', platformId: 'p' }],
    ])
    play(store, 'b', [
      ['screen_transition', { screen_name: 'SEARCH_RESULTS' }],
      ['login', { accountId: 'x', platformId: 'p' }],
    ])
    play(store, 'c', [
      ['incorrect_platform_given', {}],
      ['login', { accountId: 'x', platformId: 'p' }],
    ])
    for (const id of ['a', 'b', 'c']) {
      expect(store.getState().sessions[id]).toMatchObject({ mode: 'connect', modeSource: 'events' })
    }
  })

  it('keeps a mode given to startSession whatever the events say', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 's', mode: 'connect', accountId: 'acc_1' })
    play(store, 's', [['login', { accountId: 'acc_2', platformId: 'p' }]])
    expect(store.getState().sessions.s).toMatchObject({
      mode: 'connect',
      modeSource: 'given',
      accountId: 'acc_2',
    })
    store.getState().startSession({ sessionId: 'u', mode: 'on_demand_update' })
    play(store, 'u', [['select_employer', { selectedEmployerId: 'e', selectedEmployerName: 'E' }]])
    expect(store.getState().sessions.u).toMatchObject({
      mode: 'on_demand_update',
      modeSource: 'given',
    })
  })

  it('auto-creates a summary for an unknown session and still records the event', () => {
    const store = createLinkEventStore()
    store.getState().record('late', event('login', { accountId: 'a', platformId: 'p' }), 77)
    expect(store.getState().sessions.late).toMatchObject({
      status: 'opening',
      openedAt: 77,
      eventCount: 1,
    })
    store.getState().startSession({ sessionId: 'late', mode: 'on_demand_update', at: 999 })
    expect(store.getState().sessions.late).toMatchObject({
      openedAt: 77,
      mode: 'on_demand_update',
      eventCount: 1,
    })
    expect(store.getState().sessionIds).toEqual(['late'])
  })

  it('tracks screens, skipping EXIT_CONFIRMATION for lastTaskScreen', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ['screen_transition', { screenName: 'LOGIN' }],
      ['screen_transition', { screenName: 'EXIT_CONFIRMATION' }],
    ])
    expect(store.getState().sessions.s).toMatchObject({
      lastScreen: 'EXIT_CONFIRMATION',
      lastTaskScreen: 'LOGIN',
    })
  })

  it('records allocations, the deprecated input_amount as a partial switch', () => {
    const store = createLinkEventStore()
    play(store, 's', [['input_amount', { value: 25, unit: '%' }]])
    expect(store.getState().sessions.s?.allocation).toEqual({
      action: 'partial_switch',
      allocation: { type: 'percentage', value: 25 },
    })
    play(store, 's', [
      ['input_allocation', { action: 'partial_switch', allocation: { type: 'remainder' } }],
    ])
    expect(store.getState().sessions.s?.allocation).toEqual({
      action: 'partial_switch',
      allocation: { type: 'remainder' },
    })
  })

  it('lists each succeeded job once and keeps the first success time', () => {
    const store = createLinkEventStore()
    const success = (job: string) =>
      ['success', { accountId: 'a', platformId: 'p', job }] as [string, unknown]
    play(store, 's', [success('income'), success('income'), success('paystubs')], 10)
    expect(store.getState().sessions.s).toMatchObject({
      jobsSucceeded: ['income', 'paystubs'],
      firstSuccessAt: 10,
      accountId: 'a',
    })
  })

  it('counts unknown events in the session without changing its outcome', () => {
    const store = createLinkEventStore()
    play(store, 's', [['open', {}]])
    store
      .getState()
      .record('s', { name: 'unknown', payload: { rawName: 'bill', rawPayload: {}, reason: 'r' } })
    expect(store.getState().sessions.s).toMatchObject({ status: 'open', eventCount: 2 })
  })

  it('keeps something that is not a PinwheelEvent as unknown rather than dropping it', () => {
    const store = createLinkEventStore()
    const record = store.getState().record('s', { name: 'made_up', payload: 1 } as never)
    expect(record).toMatchObject({
      name: 'unknown',
      payload: { rawName: 'made_up', rawPayload: 1 },
    })
    expect(store.getState().events).toHaveLength(1)
  })

  it('throws a clear error for a missing session id', () => {
    const store = createLinkEventStore()
    expect(() => store.getState().record('', event('open'))).toThrow(
      /sessionId must be a non-empty string/,
    )
    expect(() => store.getState().startSession({ sessionId: 3 as never })).toThrow(
      /sessionId must be a non-empty string/,
    )
  })

  it('rejects a maxEvents or maxSessions that is not a positive integer', () => {
    expect(() => createLinkEventStore({ maxEvents: 0 })).toThrow(
      /maxEvents must be a positive integer/,
    )
    expect(() => createLinkEventStore({ maxSessions: 1.5 })).toThrow(
      /maxSessions must be a positive integer/,
    )
  })

  describe('bounded buffer', () => {
    it('keeps the last maxEvents records and counts the dropped ones', () => {
      const store = createLinkEventStore({ maxEvents: 3 })
      for (let i = 0; i < 10; i++) store.getState().record('s', event('open'), i)
      const { events, dropped, sessions } = store.getState()
      expect(events.map((r) => r.seq)).toEqual([8, 9, 10])
      expect(dropped).toBe(7)
      expect(sessions.s?.eventCount).toBe(10)
    })

    it('drops correctly when one update adds more than maxEvents', () => {
      const store = createLinkEventStore({ maxEvents: 3 })
      store.getState().record('s', event('open'))
      const records = store
        .getState()
        .recordMany(
          Array.from({ length: 5 }, (_, i) => ({ sessionId: 's', event: event('open'), at: i })),
        )
      expect(records.map((r) => r.seq)).toEqual([2, 3, 4, 5, 6])
      expect(store.getState().events.map((r) => r.seq)).toEqual([4, 5, 6])
      expect(store.getState().dropped).toBe(3)
    })

    it('stays within maxEvents over many events, with the newest last', () => {
      const store = createLinkEventStore({ maxEvents: 7 })
      for (let i = 1; i <= 1000; i++) {
        store.getState().record(`s${i % 3}`, event('open'))
        const { events } = store.getState()
        expect(events.length).toBe(Math.min(i, 7))
        expect(events.at(-1)?.seq).toBe(i)
      }
      expect(store.getState().dropped).toBe(993)
    })

    it('never changes a published state: old snapshots keep their events and sessions', () => {
      const store = createLinkEventStore({ maxEvents: 2 })
      store.getState().record('s', event('open'))
      const first = store.getState()
      const firstEvents = first.events
      const firstSessions = first.sessions
      for (let i = 0; i < 10; i++) store.getState().record(`s${i}`, event('open'))
      expect(first.events).toBe(firstEvents)
      expect(firstEvents.map((r) => r.seq)).toEqual([1])
      expect(Object.keys(firstSessions)).toEqual(['s'])
      expect(Object.keys(first.sessions)).toEqual(['s'])
    })

    it('keeps events identity when only sessions change, and sessions identity when nothing does', () => {
      const store = createLinkEventStore()
      store.getState().record('s', event('open'))
      const before = store.getState()
      store.getState().endSession('s', 'closed')
      expect(store.getState().events).toBe(before.events)
      expect(store.getState().sessions).not.toBe(before.sessions)
    })
  })

  describe('session bound', () => {
    it('forgets the oldest finished session past maxSessions and counts it', () => {
      const store = createLinkEventStore({ maxSessions: 2 })
      play(store, 'a', [['open', {}]])
      play(store, 'b', [
        ['open', {}],
        ['exit', {}],
      ])
      play(store, 'c', [['open', {}]])
      expect(store.getState().sessionIds).toEqual(['a', 'c'])
      expect(Object.keys(store.getState().sessions).sort()).toEqual(['a', 'c'])
      expect(store.getState().droppedSessions).toBe(1)
      store.getState().startSession({ sessionId: 'd' })
      expect(store.getState().sessionIds).toEqual(['c', 'd'])
      expect(store.getState().droppedSessions).toBe(2)
    })

    it('keeps sessions and sessionIds in step over many sessions', () => {
      const store = createLinkEventStore({ maxSessions: 5 })
      for (let i = 0; i < 300; i++)
        play(store, `s${i}`, [
          ['open', {}],
          ['exit', {}],
        ])
      const { sessionIds, sessions, droppedSessions } = store.getState()
      expect(sessionIds).toEqual(['s295', 's296', 's297', 's298', 's299'])
      expect(Object.keys(sessions).sort()).toEqual([...sessionIds].sort())
      expect(droppedSessions).toBe(295)
    })
  })

  it('clear() forgets records and sessions but seq keeps counting', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ['open', {}],
      ['exit', {}],
    ])
    store.getState().clear()
    expect(store.getState()).toMatchObject({
      events: [],
      sessions: {},
      sessionIds: [],
      dropped: 0,
      lastSeq: 2,
    })
    expect(store.getState().record('t', event('open')).seq).toBe(3)
  })

  it('notifies zustand subscribers once per record with the new and previous state', () => {
    const store = createLinkEventStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().record('s', event('open'))
    expect(listener).toHaveBeenCalledTimes(1)
    const [state, previous] = listener.mock.calls[0] as [
      ReturnType<typeof store.getState>,
      ReturnType<typeof store.getState>,
    ]
    expect(state.events).toHaveLength(1)
    expect(previous.events).toHaveLength(0)
  })

  it('keeps working after state is set from outside its actions', () => {
    const store = createLinkEventStore({ maxEvents: 3 })
    play(store, 's', [
      ['open', {}],
      ['exit', {}],
    ])
    store.setState({ dropped: 10 })
    store.getState().record('s', event('open'))
    expect(store.getState().events.map((r) => r.seq)).toEqual([1, 2, 3])
    expect(store.getState().dropped).toBe(10)
    expect(store.getState().sessions.s?.eventCount).toBe(3)
  })
})
