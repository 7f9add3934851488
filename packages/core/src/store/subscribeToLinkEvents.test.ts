import { describe, expect, it, vi } from 'vitest'
import { createLinkEventStore } from './createLinkEventStore'
import { subscribeToLinkEvents } from './subscribeToLinkEvents'
import type { LinkEventRecord } from './types'

const seqs = (listener: ReturnType<typeof vi.fn>) =>
  listener.mock.calls.map(([record]) => (record as LinkEventRecord).seq)

describe('subscribeToLinkEvents', () => {
  it('calls the listener once per new record, in order, with the record', () => {
    const store = createLinkEventStore()
    store.getState().record('s', 'open', {})
    const listener = vi.fn()
    subscribeToLinkEvents(store, listener)
    const a = store.getState().record('s', 'login', { accountId: 'a', platformId: 'p' })
    const b = store.getState().record('s', 'exit', {})
    expect(listener.mock.calls).toEqual([[a], [b]])
  })

  it('delivers every record while the buffer keeps only the last maxEvents', () => {
    const store = createLinkEventStore({ maxEvents: 2 })
    const listener = vi.fn()
    subscribeToLinkEvents(store, listener)
    for (let i = 0; i < 5; i++) store.getState().record('s', 'open', {})
    expect(seqs(listener)).toEqual([1, 2, 3, 4, 5])
    expect(store.getState().events.map((r) => r.seq)).toEqual([4, 5])
  })

  it('keeps order when a listener records more events re-entrantly', () => {
    const store = createLinkEventStore()
    const first = vi.fn((record: LinkEventRecord) => {
      if (record.name === 'open') store.getState().record('s', 'exit', {})
    })
    const second = vi.fn()
    subscribeToLinkEvents(store, first)
    subscribeToLinkEvents(store, second)
    store.getState().record('s', 'open', {})
    expect(seqs(first)).toEqual([1, 2])
    expect(seqs(second)).toEqual([1, 2])
  })

  it('keeps order when a zustand subscriber records re-entrantly', () => {
    const store = createLinkEventStore()
    store.subscribe((state) => {
      if (state.lastSeq === 1) state.record('s', 'exit', {})
    })
    const listener = vi.fn()
    subscribeToLinkEvents(store, listener)
    store.getState().record('s', 'open', {})
    expect(seqs(listener)).toEqual([1, 2])
  })

  it('survives a throwing listener: the store and the other listeners carry on', () => {
    const store = createLinkEventStore()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    subscribeToLinkEvents(store, () => {
      throw new Error('analytics down')
    })
    const after = vi.fn()
    subscribeToLinkEvents(store, after)
    expect(() => store.getState().record('s', 'open', {})).not.toThrow()
    store.getState().record('s', 'exit', {})
    expect(seqs(after)).toEqual([1, 2])
    expect(store.getState().events).toHaveLength(2)
    expect(consoleError).toHaveBeenCalledTimes(2)
    expect(String(consoleError.mock.calls[0]?.[0])).toMatch(/\[linkwheel\].*listener threw/)
  })

  it('stops after unsubscribe, also when unsubscribed during delivery', () => {
    const store = createLinkEventStore()
    const listener = vi.fn()
    const stop = subscribeToLinkEvents(store, listener)
    const stopper = subscribeToLinkEvents(store, () => stop())
    store.getState().record('s', 'open', {})
    store.getState().record('s', 'exit', {})
    // The first listener saw record 1 before the second one unsubscribed it.
    expect(seqs(listener)).toEqual([1])
    stopper()
    stop()
    store.getState().record('s', 'open', {})
    expect(seqs(listener)).toEqual([1])
  })

  it('does not deliver records from before it subscribed, or from a rehydrated past', () => {
    const store = createLinkEventStore()
    store.getState().record('s', 'open', {})
    const listener = vi.fn()
    subscribeToLinkEvents(store, listener)
    store.getState().endSession('s', 'closed')
    expect(listener).not.toHaveBeenCalled()
  })
})
