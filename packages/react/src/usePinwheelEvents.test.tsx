import {
  createLinkEventStore,
  getDefaultLinkEventStore,
  type LinkEventStore,
  selectFunnel,
  selectSessions,
} from '@linkwheel/core'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PinwheelProvider } from './PinwheelProvider'
import { usePinwheelEvents } from './usePinwheelEvents'

afterEach(cleanup)
let store: LinkEventStore
beforeEach(() => {
  store = createLinkEventStore()
})

let renders = 0
function Logins() {
  renders += 1
  const logins = usePinwheelEvents((state) => state.events.filter((e) => e.name === 'login'))
  return <output aria-label="logins">{logins.length}</output>
}

function Count() {
  renders += 1
  const count = usePinwheelEvents(
    (state) => ({ total: state.events.length, at: Math.random() }),
    (a, b) => a.total === b.total,
  )
  return <output aria-label="count">{count.total}</output>
}

function SessionSlices() {
  renders += 1
  const slice = usePinwheelEvents((state) => ({ sessions: state.sessionIds.length }))
  const map = usePinwheelEvents((state) => new Map([['sessions', state.sessionIds.length]]))
  return <output aria-label="slices">{`${slice.sessions} ${map.get('sessions')}`}</output>
}

function Funnel() {
  const funnel = usePinwheelEvents(selectFunnel)
  const sessions = usePinwheelEvents(selectSessions)
  return (
    <output aria-label="funnel">
      {`${sessions.length} sessions, ${funnel.all.counts.opened} opened`}
    </output>
  )
}

function EventNames({ label }: { label: string }) {
  const events = usePinwheelEvents()
  return <output aria-label={label}>{events.map((event) => event.name).join(',')}</output>
}

describe('usePinwheelEvents', () => {
  it('returns the event list of the app-wide default store outside any provider', () => {
    const defaults = getDefaultLinkEventStore()
    defaults.getState().clear()
    render(<EventNames label="events" />)
    expect(screen.getByLabelText('events')).toHaveTextContent(/^$/)
    act(() => {
      defaults.getState().startSession({ sessionId: 's1' })
      defaults.getState().record('s1', 'open', {})
      defaults.getState().record('s1', 'login_attempt', { platformId: 'p1' })
    })
    expect(screen.getByLabelText('events')).toHaveTextContent('open,login_attempt')
    defaults.getState().clear()
  })

  it('reads the nearest provider store, and each provider scopes its own', () => {
    const other = createLinkEventStore()
    render(
      <>
        <PinwheelProvider store={store}>
          <EventNames label="outer" />
          <PinwheelProvider store={other}>
            <EventNames label="inner" />
          </PinwheelProvider>
        </PinwheelProvider>
        <PinwheelProvider>
          <EventNames label="own" />
        </PinwheelProvider>
      </>,
    )
    act(() => {
      other.getState().record('s2', 'open', {})
    })
    expect(screen.getByLabelText('inner')).toHaveTextContent('open')
    expect(screen.getByLabelText('outer')).toHaveTextContent(/^$/)
    expect(screen.getByLabelText('own')).toHaveTextContent(/^$/)
  })

  it('re-renders only when the selected slice changes', () => {
    renders = 0
    render(
      <PinwheelProvider store={store}>
        <Logins />
      </PinwheelProvider>,
    )
    const before = renders
    act(() => {
      store.getState().record('s1', 'open', {})
      store.getState().record('s1', 'screen_transition', { screenName: 'LOGIN' })
    })
    expect(renders).toBe(before)
    act(() => {
      store.getState().record('s1', 'login', { accountId: 'a1', platformId: 'p1' })
    })
    expect(renders).toBe(before + 1)
    expect(screen.getByLabelText('logins')).toHaveTextContent('1')
  })

  it('takes an equality function for custom slices', () => {
    renders = 0
    render(
      <PinwheelProvider store={store}>
        <Count />
      </PinwheelProvider>,
    )
    const before = renders
    act(() => store.getState().startSession({ sessionId: 's1' }))
    expect(renders).toBe(before)
    act(() => {
      store.getState().record('s1', 'open', {})
    })
    expect(renders).toBe(before + 1)
    expect(screen.getByLabelText('count')).toHaveTextContent('1')
  })

  it('compares slices shallowly by default: plain objects by key, Maps by entry', () => {
    renders = 0
    render(
      <PinwheelProvider store={store}>
        <SessionSlices />
      </PinwheelProvider>,
    )
    const before = renders
    act(() => store.getState().startSession({ sessionId: 's1' }))
    expect(renders).toBe(before + 1)
    expect(screen.getByLabelText('slices')).toHaveTextContent('1 1')
    act(() => {
      store.getState().record('s1', 'open', {})
      store.getState().record('s1', 'screen_transition', { screenName: 'LOGIN' })
    })
    // Same number of sessions: a new but equal object and Map keep the render.
    expect(renders).toBe(before + 1)
    act(() => store.getState().startSession({ sessionId: 's2' }))
    expect(renders).toBe(before + 2)
    expect(screen.getByLabelText('slices')).toHaveTextContent('2 2')
  })

  it('works with the core selectors as they are', () => {
    render(
      <PinwheelProvider store={store}>
        <Funnel />
      </PinwheelProvider>,
    )
    act(() => {
      store.getState().startSession({ sessionId: 's1' })
      store.getState().record('s1', 'open', {})
    })
    expect(screen.getByLabelText('funnel')).toHaveTextContent('1 sessions, 1 opened')
  })
})
