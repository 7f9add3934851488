import { describe, expect, it, vi } from 'vitest'
import { connectFlow, play } from '../../test-utils/linkFlows'
import { memoryStorage } from '../../test-utils/memoryStorage'
import { createLinkEventStore } from '../createLinkEventStore'
import { DEFAULT_LINK_EVENT_STORAGE_KEY, persistLinkEvents } from '../persistLinkEvents'
import { selectFunnel } from '../selectors/selectFunnel'

/** Waits past the next animation frame (or the 50 ms fallback): the batched write has happened. */
const flushWrites = () => new Promise((resolve) => setTimeout(resolve, 120))

const persisted = (options: Parameters<typeof persistLinkEvents>[0], maxEvents?: number) =>
  createLinkEventStore({ persist: persistLinkEvents(options), ...(maxEvents ? { maxEvents } : {}) })

describe('createLinkEventStore persistence', () => {
  it('survives a reload: a fresh store reading the same storage has the records and summaries', async () => {
    const storage = memoryStorage()
    const first = persisted({ storage })
    play(first, 'done', connectFlow)
    await flushWrites()
    const reloaded = persisted({ storage })
    const state = reloaded.getState()
    expect(state.events).toEqual(first.getState().events)
    expect(state.sessions).toEqual(first.getState().sessions)
    expect(state.sessionIds).toEqual(['done'])
    expect(state.lastSeq).toBe(connectFlow.length)
    expect(selectFunnel(state).all.counts.succeeded).toBe(1)
    const next = state.record('next', 'open', {})
    expect(next.seq).toBe(connectFlow.length + 1)
    expect(state.events.map((r) => r.id)).not.toContain(next.id)
  })

  it('uses sessionStorage under the default key when persistLinkEvents() is given no options', async () => {
    sessionStorage.clear()
    const store = createLinkEventStore({ persist: persistLinkEvents() })
    store.getState().record('s', 'open', {})
    await flushWrites()
    expect(
      JSON.parse(sessionStorage.getItem(DEFAULT_LINK_EVENT_STORAGE_KEY) ?? 'null'),
    ).toMatchObject({ version: 2, state: { lastSeq: 1, sessionIds: ['s'] } })
    expect(createLinkEventStore({ persist: persistLinkEvents() }).getState().events).toHaveLength(1)
    sessionStorage.clear()
  })

  it('marks a session that was open at unload closed (succeeded if it had) on reload', async () => {
    const storage = memoryStorage()
    const first = persisted({ storage, key: 'k' })
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
    const success = { accountId: 'a', platformId: 'p', job: 'income' }
    play(
      first,
      'done',
      [
        ['open', {}],
        ['success', success],
      ],
      10,
    )
    await flushWrites()
    const reloaded = createLinkEventStore({
      persist: persistLinkEvents({ storage, key: 'k' }),
      now: () => 5000,
    })
    const { sessions } = reloaded.getState()
    expect(sessions.open).toMatchObject({ status: 'closed', closedAt: 5000, lastScreen: 'LOGIN' })
    expect(sessions.finished).toMatchObject({ status: 'exited', closedAt: 1010 })
    expect(sessions.done).toMatchObject({ status: 'succeeded', closedAt: 5000 })
  })

  it('writes in batches: a burst of events is one write, none before the frame', async () => {
    const storage = memoryStorage()
    const setItem = vi.spyOn(storage, 'setItem')
    const store = persisted({ storage })
    for (let i = 0; i < 3000; i++) store.getState().record(`s${i % 30}`, 'open', {})
    expect(setItem).not.toHaveBeenCalled()
    await flushWrites()
    expect(setItem).toHaveBeenCalledTimes(1)
    expect(persisted({ storage }).getState().events).toHaveLength(1000)
  })

  it('writes at once when the page is hidden, so an unload loses nothing', () => {
    const storage = memoryStorage()
    const store = persisted({ storage })
    store.getState().record('s', 'open', {})
    expect(storage.data.size).toBe(0)
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    visibility.mockRestore()
    expect(persisted({ storage }).getState().events).toHaveLength(1)
  })

  it('never stores the Link token or token-like data, even inside raw payloads', async () => {
    const storage = memoryStorage()
    const store = persisted({ storage })
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJhY2NvdW50X2lkIjoiYWJjIn0.c2lnbmF0dXJlLXBhcnQ'
    store.getState().startSession({ sessionId: 's', linkToken: jwt })
    store.getState().record('s', 'bill_switch_begin', { linkToken: 'abc', note: `token is ${jwt}` })
    store.getState().record('s', 'dd_form_create', {
      url: `https://cdn.example.com/form.pdf?token=${jwt}&page=2`,
    })
    store
      .getState()
      .record('s', 'open', { apiSecret: 'pw_sandbox_0123', extra: 'pw_sandbox_abcdefghij' })
    await flushWrites()
    const stored = storage.dump()
    expect(stored).not.toContain(jwt)
    expect(stored).not.toContain('eyJhY2NvdW50X2lkIjoiYWJjIn0')
    expect(stored).not.toContain('abcdefghij')
    expect(stored).not.toContain('pw_sandbox_0123')
    expect(stored).toContain('page=2')
  })

  it('stores hostile raw payloads safely: cycles, bigints, functions, throwing getters', async () => {
    const storage = memoryStorage()
    const store = persisted({ storage })
    const cyclic: Record<string, unknown> = { n: 10n, f: () => 1 }
    cyclic.self = cyclic
    const throwing = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('no')
      },
    })
    expect(() => {
      store.getState().record('s', 'mystery', cyclic)
      store.getState().record('s', 'mystery2', throwing)
    }).not.toThrow()
    await flushWrites()
    expect(persisted({ storage }).getState().events[0]?.payload).toMatchObject({
      rawName: 'mystery',
      rawPayload: { n: '10', self: '[circular]' },
    })
  })

  it('survives a quota error: memory keeps every event, storage the newest that fit', async () => {
    const storage = memoryStorage()
    const write = storage.setItem
    storage.setItem = (key, value) => {
      if (value.length > 20_000) throw new DOMException('full', 'QuotaExceededError')
      write(key, value)
    }
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = persisted({ storage })
    for (let i = 0; i < 400; i++) store.getState().record('s', 'open', {})
    await flushWrites()
    store.getState().record('s', 'exit', {})
    await flushWrites()
    expect(store.getState().events).toHaveLength(401)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/\[linkwheel\].*could not save/)
    const reloaded = persisted({ storage }).getState()
    expect(reloaded.events.length).toBeGreaterThan(0)
    expect(reloaded.events.length).toBeLessThan(401)
    expect(reloaded.events.at(-1)?.seq).toBe(401)
    expect(reloaded.dropped + reloaded.events.length).toBe(401)
    expect(reloaded.sessions.s?.eventCount).toBe(401)
  })

  it('tries a blocked storage once per write, without serialising smaller copies', async () => {
    const storage = memoryStorage()
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = persisted({ storage })
    for (let i = 0; i < 100; i++) store.getState().record('s', 'open', {})
    await flushWrites()
    expect(setItem).toHaveBeenCalledTimes(1)
    expect(store.getState().events).toHaveLength(100)
  })

  it('handles any session id, "__proto__" and "constructor" included, without pollution', async () => {
    const storage = memoryStorage()
    const store = persisted({ storage })
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty']) {
      play(store, id, [
        ['open', {}],
        ['exit', {}],
      ])
    }
    const { sessions, sessionIds } = store.getState()
    expect(sessionIds).toEqual(['__proto__', 'constructor', 'hasOwnProperty'])
    expect(Object.keys(sessions)).toEqual(sessionIds)
    const proto = '__proto__'
    expect(sessions[proto]).toMatchObject({ id: proto, status: 'exited' })
    await flushWrites()
    const reloaded = persisted({ storage }).getState()
    expect(Object.keys(reloaded.sessions)).toEqual(sessionIds)
    expect(reloaded.sessions[proto]).toMatchObject({ id: proto, status: 'exited' })
    expect(({} as Record<string, unknown>).status).toBeUndefined()
    expect(selectFunnel(reloaded).all.counts.opened).toBe(3)
  })

  it('starts empty from unreadable, foreign or older stored data', () => {
    const storage = memoryStorage()
    storage.setItem(DEFAULT_LINK_EVENT_STORAGE_KEY, '{not json')
    expect(persisted({ storage }).getState().events).toEqual([])
    const junk = { version: 2, state: { events: [{ junk: true }, 3], sessions: 'x', lastSeq: -1 } }
    storage.setItem(DEFAULT_LINK_EVENT_STORAGE_KEY, JSON.stringify(junk))
    const store = persisted({ storage })
    expect(store.getState()).toMatchObject({ events: [], sessions: {}, lastSeq: 0 })
    expect(store.getState().record('s', 'open', {}).seq).toBe(1)
    storage.setItem(DEFAULT_LINK_EVENT_STORAGE_KEY, JSON.stringify({ ...junk, version: 1 }))
    expect(persisted({ storage }).getState().lastSeq).toBe(0)
  })

  it("cuts restored records to this store's maxEvents and counts them as dropped", async () => {
    const storage = memoryStorage()
    const big = persisted({ storage })
    for (let i = 0; i < 10; i++) big.getState().record('s', 'open', {})
    await flushWrites()
    const small = persisted({ storage }, 4)
    expect(small.getState().events.map((r) => r.seq)).toEqual([7, 8, 9, 10])
    expect(small.getState().dropped).toBe(6)
  })

  it('clear() also empties the persisted copy', async () => {
    const storage = memoryStorage()
    const store = persisted({ storage })
    play(store, 's', connectFlow)
    store.getState().clear()
    await flushWrites()
    expect(persisted({ storage }).getState()).toMatchObject({ events: [], sessions: {} })
  })
})
