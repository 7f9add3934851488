import {
  createLinkEventStore,
  isLinkScriptError,
  type LinkEventStore,
  type LinkwheelError,
  type PinwheelError,
} from '@linkwheel/core'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextToken, setupFakePinwheel } from '../test/fakeLink'
import { PinwheelLink } from './PinwheelLink'
import { usePinwheelEvents } from './usePinwheelEvents'

const fake = setupFakePinwheel()

let store: LinkEventStore
beforeEach(() => {
  store = createLinkEventStore()
})

const connect = () => screen.getByRole('button', { name: 'Connect payroll' })
async function openedLink(count = 1) {
  await waitFor(() => expect(fake.current.openCalls).toHaveLength(count))
  await waitFor(() => expect(fake.current.isOpen).toBe(true))
}
const sessionOf = (index: number) => {
  const id = fake.current.openCalls[index]?._modalSessionIdOverride
  return id ? store.getState().sessions[id] : undefined
}

/** Analytics that mount after Link exited: the last session's events and status. */
function Timeline() {
  const events = usePinwheelEvents()
  const session = usePinwheelEvents((state) => state.sessions[state.sessionIds.at(-1) ?? ''])
  return (
    <output aria-label="timeline">
      {`${events.map((event) => event.name).join(',')} / ${session?.status}`}
    </output>
  )
}
/** A Link outside any provider, with the timeline shown once Link exits. */
function AnalyticsApp() {
  return (
    <>
      <PinwheelLink getLinkToken={async () => nextToken()}>Connect payroll</PinwheelLink>
      <Timeline />
    </>
  )
}

describe('PinwheelLink', () => {
  it('is a button that stays disabled and aria-busy until the script loads', async () => {
    fake.current.holdScriptLoad()
    render(<PinwheelLink linkToken={nextToken()}>Connect payroll</PinwheelLink>)
    expect(connect()).toBeDisabled()
    expect(connect()).toHaveAttribute('aria-busy', 'true')
    act(() => fake.current.releaseScriptLoad())
    await waitFor(() => expect(connect()).toBeEnabled())
    expect(connect()).toHaveAttribute('aria-busy', 'false')
    expect(connect()).toHaveAttribute('type', 'button')
  })

  it('under StrictMode loads one script, opens once per click and records each event once', async () => {
    const user = userEvent.setup()
    const onEvent = vi.fn()
    render(
      <StrictMode>
        <PinwheelLink getLinkToken={async () => nextToken()} store={store} onEvent={onEvent}>
          Connect payroll
        </PinwheelLink>
      </StrictMode>,
    )
    await waitFor(() => expect(connect()).toBeEnabled())
    await user.click(connect())
    await openedLink()
    act(() => fake.current.emit('screen_transition', { screenName: 'SEARCH_DEFAULT' }))
    act(() => fake.current.exit())
    await user.click(connect())
    await openedLink(2)
    expect(fake.current.scriptTags).toHaveLength(1)
    expect(document.querySelectorAll('script[src]')).toHaveLength(1)
    const names = store.getState().events.map((event) => event.name)
    expect(names).toEqual(['open', 'screen_transition', 'exit', 'open'])
    expect(onEvent.mock.calls.map(([name]) => name)).toEqual(names)
  })

  it('calls the latest inline callback and never re-creates the session when it changes', async () => {
    const user = userEvent.setup()
    const first = vi.fn()
    const second = vi.fn()
    const { rerender } = render(
      <PinwheelLink
        linkToken="pw_sandbox_token_inline"
        store={store}
        onSuccess={(r) => first(r.job)}
      >
        Connect payroll
      </PinwheelLink>,
    )
    await waitFor(() => expect(connect()).toBeEnabled())
    await user.click(connect())
    await openedLink()
    rerender(
      <PinwheelLink
        linkToken="pw_sandbox_token_inline"
        store={store}
        onSuccess={(r) => second(r.job)}
      >
        Connect payroll
      </PinwheelLink>,
    )
    act(() => fake.current.succeed({ job: 'paystubs' }))
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledExactlyOnceWith('paystubs')
    expect(fake.current.openCalls).toHaveLength(1)
    expect(fake.current.closeCount).toBe(0)
    expect(fake.current.isOpen).toBe(true)
    expect(sessionOf(0)?.status).toBe('open')
  })

  it('closes the modal on unmount, records the session as closed and leaks no listener or node', async () => {
    const user = userEvent.setup()
    const added = new Map<string, number>()
    const count = (target: EventTarget, sign: 1 | -1) => (type: string) => {
      const key = `${target === window ? 'window' : 'document'}:${type}`
      added.set(key, (added.get(key) ?? 0) + sign)
    }
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target)
      const remove = target.removeEventListener.bind(target)
      vi.spyOn(target, 'addEventListener').mockImplementation((type, ...rest) => {
        count(target, 1)(type)
        add(type, ...rest)
      })
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, ...rest) => {
        count(target, -1)(type)
        remove(type, ...rest)
      })
    }
    const onSuccess = vi.fn()
    const onExit = vi.fn()
    const { unmount, container } = render(
      <PinwheelLink
        getLinkToken={async () => nextToken()}
        store={store}
        onSuccess={onSuccess}
        onExit={onExit}
      >
        Connect payroll
      </PinwheelLink>,
    )
    await waitFor(() => expect(connect()).toBeEnabled())
    await user.click(connect())
    await openedLink()
    unmount()
    await waitFor(() => expect(fake.current.isOpen).toBe(false))
    expect(fake.current.closeCount).toBe(1)
    expect(sessionOf(0)?.status).toBe('closed')
    expect(document.querySelector('iframe')).toBeNull()
    expect([...document.body.children]).toEqual([container])
    expect(container).toBeEmptyDOMElement()
    // A late message from the closed modal reaches the store, not the unmounted component.
    act(() => fake.current.succeed())
    expect(onSuccess).not.toHaveBeenCalled()
    expect(onExit).not.toHaveBeenCalled()
    expect(added.size).toBeGreaterThan(0)
    for (const [type, balance] of added) expect([type, balance]).toEqual([type, 0])
  })

  it('closes an open Link when linkToken changes and uses the new token on the next open', async () => {
    const user = userEvent.setup()
    const onExit = vi.fn()
    const [oldToken, newToken] = [nextToken(), nextToken()]
    const { rerender } = render(
      <PinwheelLink linkToken={oldToken} store={store} onExit={onExit}>
        Connect payroll
      </PinwheelLink>,
    )
    await waitFor(() => expect(connect()).toBeEnabled())
    await user.click(connect())
    await openedLink()
    rerender(
      <PinwheelLink linkToken={newToken} store={store} onExit={onExit}>
        Connect payroll
      </PinwheelLink>,
    )
    await waitFor(() => expect(fake.current.isOpen).toBe(false))
    expect(sessionOf(0)?.status).toBe('closed')
    expect(onExit).not.toHaveBeenCalled()
    await user.click(connect())
    await openedLink(2)
    expect(fake.current.openCalls.map((params) => params.linkToken)).toEqual([oldToken, newToken])
  })

  it('takes a new linkToken while closed without closing anything', async () => {
    const user = userEvent.setup()
    const [oldToken, newToken] = [nextToken(), nextToken()]
    const { rerender } = render(<PinwheelLink linkToken={oldToken}>Connect payroll</PinwheelLink>)
    await waitFor(() => expect(connect()).toBeEnabled())
    rerender(<PinwheelLink linkToken={newToken}>Connect payroll</PinwheelLink>)
    await user.click(connect())
    await openedLink()
    expect(fake.current.openCalls[0]?.linkToken).toBe(newToken)
    expect(fake.current.closeCount).toBe(0)
  })

  it('shows a script load failure, reports a LinkScriptError to onError, and a click retries', async () => {
    const user = userEvent.setup()
    fake.current.failScriptLoad('network')
    const onError = vi.fn<(error: PinwheelError | LinkwheelError) => void>()
    render(
      <PinwheelLink getLinkToken={async () => nextToken()} onError={onError}>
        Connect payroll
      </PinwheelLink>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/failed to load .* retry/)
    expect(connect()).toBeEnabled()
    expect(connect()).toHaveAccessibleDescription(/failed to load/)
    expect(onError).toHaveBeenCalledOnce()
    const error = onError.mock.calls[0]?.[0]
    expect(isLinkScriptError(error) && error.code).toBe('network')

    // A click while the script still fails loads it again, fails again, and says so again.
    await user.click(connect())
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2))
    expect(fake.current.openCalls).toHaveLength(0)
    expect(screen.getByRole('alert')).toHaveTextContent(/failed to load/)

    // Once the script loads, the same click opens Link: one click, no separate retry.
    fake.current.recoverScriptLoad()
    await user.click(connect())
    await openedLink()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(connect()).not.toHaveAccessibleDescription()
    expect(fake.current.scriptTags).toHaveLength(3)
    expect(onError).toHaveBeenCalledTimes(2)
  })

  it('calls onSuccess once per completed job and onExit once per session', async () => {
    const user = userEvent.setup()
    const onSuccess = vi.fn()
    const onExit = vi.fn()
    render(
      <PinwheelLink getLinkToken={async () => nextToken()} onSuccess={onSuccess} onExit={onExit}>
        Connect payroll
      </PinwheelLink>,
    )
    await waitFor(() => expect(connect()).toBeEnabled())
    await user.click(connect())
    await openedLink()
    act(() => {
      fake.current.succeed({ job: 'direct_deposit_switch' })
      fake.current.succeed({ job: 'paystubs' })
      fake.current.exit()
    })
    expect(onSuccess.mock.calls.map(([result]) => result.job)).toEqual([
      'direct_deposit_switch',
      'paystubs',
    ])
    expect(onExit).toHaveBeenCalledExactlyOnceWith({})
    await user.click(connect())
    await openedLink(2)
    act(() => fake.current.exit({ type: 'systemError', code: 'systemError' }))
    expect(onExit).toHaveBeenCalledTimes(2)
    expect(onSuccess).toHaveBeenCalledTimes(2)
  })

  it('outside a provider, records each event once into the default store the analytics read', async () => {
    const user = userEvent.setup()
    render(<AnalyticsApp />)
    await waitFor(() => expect(connect()).toBeEnabled())
    await user.click(connect())
    await openedLink()
    act(() => {
      fake.current.login()
      fake.current.succeed({ job: 'direct_deposit_switch' })
      fake.current.exit()
    })
    // Each event once, though the fake (like the script) reports login, success and exit twice.
    expect(screen.getByLabelText('timeline')).toHaveTextContent(/,login,success,exit \/ succeeded$/)
  })
})
