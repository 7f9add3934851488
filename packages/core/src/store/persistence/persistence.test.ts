import { describe, expect, it, vi } from 'vitest'
import { parsePinwheelEvent } from '../../events/parsePinwheelEvent'
import { connectFlow, event, play } from '../../test-utils/linkFlows'
import { memoryStorage } from '../../test-utils/memoryStorage'
import { createLinkEventStore } from '../createLinkEventStore'
import { DEFAULT_LINK_EVENT_STORAGE_KEY, persistLinkEvents } from '../persistLinkEvents'
import { selectFunnel } from '../selectors/selectFunnel'
import { REDACTED, toStorableJson } from './toStorableJson'

const flushWrites = () => Promise.resolve()

describe('createLinkEventStore persistence', () => {
  it('survives a reload: a fresh store reading the same storage has the records and summaries', async () => {
    const storage = memoryStorage()
    const first = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    play(first, 'done', connectFlow)
    await flushWrites()
    const reloaded = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    const state = reloaded.getState()
    expect(state.events).toEqual(first.getState().events)
    expect(state.sessions).toEqual(first.getState().sessions)
    expect(state.sessionIds).toEqual(['done'])
    expect(state.lastSeq).toBe(connectFlow.length)
    expect(selectFunnel(state).all.counts.succeeded).toBe(1)
    const next = state.record('next', event('open'))
    expect(next.seq).toBe(connectFlow.length + 1)
    expect(state.events.map((r) => r.id)).not.toContain(next.id)
  })

  it('uses sessionStorage under the default key when persistLinkEvents() is given no options', async () => {
    sessionStorage.clear()
    const store = createLinkEventStore({ persist: persistLinkEvents() })
    store.getState().record('s', event('open'))
    await flushWrites()
    expect(
      JSON.parse(sessionStorage.getItem(DEFAULT_LINK_EVENT_STORAGE_KEY) ?? 'null'),
    ).toMatchObject({
      version: 1,
      state: { lastSeq: 1, sessionIds: ['s'] },
    })
    expect(createLinkEventStore({ persist: persistLinkEvents() }).getState().events).toHaveLength(1)
    sessionStorage.clear()
  })

  it('refuses persist: true (the old option) with a TypeError naming persistLinkEvents()', () => {
    expect(() =>
      createLinkEventStore({ persist: true as unknown as ReturnType<typeof persistLinkEvents> }),
    ).toThrow(/persist takes persistLinkEvents\(options\?\)/)
    expect(() =>
      createLinkEventStore({ persist: {} as unknown as ReturnType<typeof persistLinkEvents> }),
    ).toThrow(TypeError)
  })

  it('marks a session that was open at unload closed (interrupted) on rehydrate', async () => {
    const storage = memoryStorage()
    const first = createLinkEventStore({ persist: persistLinkEvents({ storage, key: 'k' }) })
    first.getState().startSession({ sessionId: 'open' })
    play(
      first,
      'open',
      [
        ['open', {}],
        ['screen_transition', { screenName: 'LOGIN' }],
      ],
      10,
    )
    play(
      first,
      'finished',
      [
        ['open', {}],
        ['exit', {}],
      ],
      10,
    )
    await flushWrites()
    const reloaded = createLinkEventStore({
      persist: persistLinkEvents({ storage, key: 'k' }),
      now: () => 5000,
    })
    expect(reloaded.getState().sessions.open).toMatchObject({
      status: 'closed',
      closedAt: 5000,
      lastScreen: 'LOGIN',
    })
    expect(reloaded.getState().sessions.finished).toMatchObject({
      status: 'exited',
      closedAt: 1010,
    })
  })

  it('writes once per microtask however many events are recorded', async () => {
    const storage = memoryStorage()
    const setItem = vi.spyOn(storage, 'setItem')
    const store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    await flushWrites()
    setItem.mockClear()
    for (let i = 0; i < 100; i++) store.getState().record('s', event('open'))
    expect(setItem).not.toHaveBeenCalled()
    await flushWrites()
    expect(setItem).toHaveBeenCalledTimes(1)
  })

  it('never stores token-like data, even inside raw payloads of unknown events', async () => {
    const storage = memoryStorage()
    const store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJhY2NvdW50X2lkIjoiYWJjIn0.c2lnbmF0dXJlLXBhcnQ'
    store
      .getState()
      .record(
        's',
        parsePinwheelEvent('bill_switch_begin', { linkToken: 'abc', note: `token is ${jwt}` }),
      )
    store
      .getState()
      .record(
        's',
        event('dd_form_create', { url: `https://cdn.example.com/form.pdf?token=${jwt}&page=2` }),
      )
    store
      .getState()
      .record(
        's',
        event('open', { apiSecret: 'pw_sandbox_0123456789', extra: 'pw_sandbox_abcdefghij' }),
      )
    await flushWrites()
    const stored = [...storage.data.values()].join('\n')
    expect(stored).not.toContain(jwt)
    expect(stored).not.toContain('abcdefghij')
    expect(stored).not.toContain('0123456789')
    expect(stored).toContain('page=2')
    expect(stored).toContain(REDACTED)
    // In memory the events stay as the script sent them.
    expect(store.getState().events[0]?.payload).toMatchObject({ rawPayload: { linkToken: 'abc' } })
  })

  it('stores hostile raw payloads safely: cycles, bigints, functions, throwing getters', async () => {
    const storage = memoryStorage()
    const store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    const cyclic: Record<string, unknown> = { n: 10n, f: () => 1 }
    cyclic.self = cyclic
    const throwing = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('no')
      },
    })
    expect(() => {
      store.getState().record('s', parsePinwheelEvent('mystery', cyclic))
      store.getState().record('s', parsePinwheelEvent('mystery2', throwing))
    }).not.toThrow()
    await flushWrites()
    const reloaded = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    expect(reloaded.getState().events[0]?.payload).toMatchObject({
      rawPayload: { n: '10', self: '[circular]' },
    })
    expect(reloaded.getState().events[1]?.payload).toMatchObject({ rawPayload: '[unreadable]' })
  })

  it('keeps recording in memory when storage is full, warning once', async () => {
    const storage = memoryStorage()
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    store.getState().record('s', event('open'))
    await flushWrites()
    store.getState().record('s', event('exit'))
    await flushWrites()
    expect(store.getState().events).toHaveLength(2)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/\[linkwheel\].*could not save/)
  })

  it('starts empty from unreadable or foreign stored data', () => {
    const storage = memoryStorage()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    storage.setItem(DEFAULT_LINK_EVENT_STORAGE_KEY, '{not json')
    expect(
      createLinkEventStore({ persist: persistLinkEvents({ storage }) }).getState().events,
    ).toEqual([])
    storage.setItem(
      DEFAULT_LINK_EVENT_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: { events: [{ junk: true }, 3], sessions: 'x', lastSeq: -1 },
      }),
    )
    const store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    expect(store.getState()).toMatchObject({ events: [], sessions: {}, lastSeq: 0 })
    expect(store.getState().record('s', event('open')).seq).toBe(1)
  })

  it("cuts restored records to this store's maxEvents and counts them as dropped", async () => {
    const storage = memoryStorage()
    const big = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    for (let i = 0; i < 10; i++) big.getState().record('s', event('open'))
    await flushWrites()
    const small = createLinkEventStore({ persist: persistLinkEvents({ storage }), maxEvents: 4 })
    expect(small.getState().events.map((r) => r.seq)).toEqual([7, 8, 9, 10])
    expect(small.getState().dropped).toBe(6)
  })

  it('clear() also empties the persisted copy', async () => {
    const storage = memoryStorage()
    const store = createLinkEventStore({ persist: persistLinkEvents({ storage }) })
    play(store, 's', connectFlow)
    store.getState().clear()
    await flushWrites()
    expect(
      createLinkEventStore({ persist: persistLinkEvents({ storage }) }).getState(),
    ).toMatchObject({
      events: [],
      sessions: {},
    })
  })
})

describe('toStorableJson', () => {
  it('redacts secret-named keys and token-shaped strings, keeps plain data', () => {
    expect(
      toStorableJson({
        password: 'hunter2',
        nested: { Authorization: 'Bearer x', list: [1, 'ok', null, Number.POSITIVE_INFINITY] },
        when: new Date(0),
      }),
    ).toEqual({
      password: REDACTED,
      nested: { Authorization: REDACTED, list: [1, 'ok', null, null] },
      when: '1970-01-01T00:00:00.000Z',
    })
  })

  it('keeps a "__proto__" key as data', () => {
    const copy = toStorableJson(JSON.parse('{"__proto__":{"polluted":1}}')) as Record<
      string,
      unknown
    >
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.hasOwn(copy, '__proto__')).toBe(true)
  })
})
