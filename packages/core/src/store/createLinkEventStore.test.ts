import { describe, expect, it, vi } from 'vitest'
import { connectFlow, loginError, play } from '../test-utils/linkFlows'
import { createLinkEventStore } from './createLinkEventStore'

describe('createLinkEventStore', () => {
  it('records events as typed records with id, seq, sessionId and at', () => {
    const store = createLinkEventStore({ now: () => 42 })
    const record = store.getState().record('s1', 'login', { accountId: 'a', platformId: 'p' })
    expect(record).toEqual({
      name: 'login',
      payload: { accountId: 'a', platformId: 'p' },
      id: expect.any(String),
      seq: 1,
      sessionId: 's1',
      at: 42,
    })
    const second = store.getState().record('s1', 'open', {}, 7)
    expect(second.seq).toBe(2)
    expect(second.at).toBe(7)
    expect(second.id).not.toBe(record.id)
    expect(store.getState().events).toEqual([record, second])
    expect(store.getState().lastSeq).toBe(2)
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
      jobs: [],
      switchJob: true,
      openedAt: 100,
      shownAt: 1000,
      closedAt: 11_000,
      employer: { id: 'emp_acme', name: 'Acme' },
      platform: { id: 'plt_workday', name: 'Workday' },
      accountId: 'acc_1',
      allocation: { action: 'full_switch' },
      jobsSucceeded: [{ job: 'direct_deposit_switch', at: 10_000 }],
      succeededAt: 10_000,
      errors: [],
      exitError: null,
      lastScreen: 'DD_AMOUNT_SELECTION',
      lastTaskScreen: 'DD_AMOUNT_SELECTION',
      loginAttemptAt: 6000,
      loggedInAt: 7000,
      eventCount: connectFlow.length,
    })
    expect(store.getState().sessionIds).toEqual(['s1'])
  })

  it('moves opening → open on the open event', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 's' })
    store.getState().record('s', 'open', {})
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
    store.getState().record('s', 'exit', {}, 60)
    expect(store.getState().sessions.s).toMatchObject({ status: 'succeeded', closedAt: 50 })
  })

  it('auto-creates a summary for an unknown session and still records the event', () => {
    const store = createLinkEventStore()
    store.getState().record('late', 'login', { accountId: 'a', platformId: 'p' }, 77)
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

  it('counts unknown events in the session without changing its outcome', () => {
    const store = createLinkEventStore()
    play(store, 's', [['open', {}]])
    const record = store.getState().record('s', 'future_event', { billId: 'b' })
    expect(record).toMatchObject({
      name: 'unknown',
      payload: { rawName: 'future_event', rawPayload: { billId: 'b' } },
    })
    expect(store.getState().sessions.s).toMatchObject({ status: 'open', eventCount: 2 })
  })

  it('parses what onEvent delivered: one parsing path, nothing dropped, even hostile input', () => {
    const store = createLinkEventStore()
    expect(
      store.getState().record('s', 'login', { accountId: 'a', platformId: 'p' }),
    ).toMatchObject({ name: 'login', payload: { accountId: 'a', platformId: 'p' } })
    const hostile = {
      get screenName(): string {
        throw new Error('no')
      },
    }
    const record = store.getState().record('s', 'screen_transition', hostile)
    expect(record).toMatchObject({ name: 'invalid', payload: { rawName: 'screen_transition' } })
    expect(store.getState().record('s', 42 as never, 'x').name).toBe('unknown')
    expect(store.getState().events).toHaveLength(3)
    expect(store.getState().sessions.s?.eventCount).toBe(3)
  })

  it('throws a clear error for a missing session id', () => {
    const store = createLinkEventStore()
    expect(() => store.getState().record('', 'open', {})).toThrow(
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
    expect(store.getState().record('t', 'open', {}).seq).toBe(3)
  })

  it('notifies zustand subscribers once per record with the new and previous state', () => {
    const store = createLinkEventStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().record('s', 'open', {})
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
    store.getState().record('s', 'open', {})
    expect(store.getState().events.map((r) => r.seq)).toEqual([1, 2, 3])
    expect(store.getState().dropped).toBe(10)
    expect(store.getState().sessions.s?.eventCount).toBe(3)
  })
})
