import { describe, expect, it } from 'vitest'
import { play } from '../test-utils/linkFlows'
import { createLinkEventStore } from './createLinkEventStore'

describe('createLinkEventStore bounds', () => {
  describe('bounded buffer', () => {
    it('keeps the last maxEvents records and counts the dropped ones', () => {
      const store = createLinkEventStore({ maxEvents: 3 })
      for (let i = 0; i < 10; i++) store.getState().record('s', 'open', {}, i)
      const { events, dropped, sessions } = store.getState()
      expect(events.map((r) => r.seq)).toEqual([8, 9, 10])
      expect(dropped).toBe(7)
      expect(sessions.s?.eventCount).toBe(10)
    })

    it('stays within maxEvents over many events, with the newest last', () => {
      const store = createLinkEventStore({ maxEvents: 7 })
      for (let i = 1; i <= 1000; i++) {
        store.getState().record(`s${i % 3}`, 'open', {})
        const { events } = store.getState()
        expect(events.length).toBe(Math.min(i, 7))
        expect(events.at(-1)?.seq).toBe(i)
      }
      expect(store.getState().dropped).toBe(993)
    })

    it('never changes a published state: old snapshots keep their events and sessions', () => {
      const store = createLinkEventStore({ maxEvents: 2 })
      store.getState().record('s', 'open', {})
      const first = store.getState()
      const firstEvents = first.events
      const firstSessions = first.sessions
      for (let i = 0; i < 10; i++) store.getState().record(`s${i}`, 'open', {})
      expect(first.events).toBe(firstEvents)
      expect(firstEvents.map((r) => r.seq)).toEqual([1])
      expect(Object.keys(firstSessions)).toEqual(['s'])
      expect(Object.keys(first.sessions)).toEqual(['s'])
    })

    it('keeps events identity when only sessions change, and sessions identity when nothing does', () => {
      const store = createLinkEventStore()
      store.getState().record('s', 'open', {})
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
})
