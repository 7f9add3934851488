import { createLinkEventStore, type LinkEventStore } from '@linkwheel/core'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PinwheelLink } from '../../src/PinwheelLink'
import { nextToken, setupFakePinwheel } from '../fakeLink'

const fake = setupFakePinwheel()
let store: LinkEventStore
const uncaught: unknown[] = []
const onRejection = (reason: unknown) => uncaught.push(reason)
const onError = (event: ErrorEvent) => uncaught.push(event.error)

beforeEach(() => {
  store = createLinkEventStore()
  uncaught.length = 0
  process.on('unhandledRejection', onRejection)
  window.addEventListener('error', onError)
})

afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 20))
  process.off('unhandledRejection', onRejection)
  window.removeEventListener('error', onError)
  expect(uncaught).toEqual([])
})

/** Two Links on one page; the first can be removed while it is open. */
function TwoLinks() {
  const [showFirst, setShowFirst] = useState(true)
  const [tokens] = useState(() => [nextToken(), nextToken()])
  return (
    <>
      <button type="button" onClick={() => setShowFirst(false)}>
        Remove payroll Link
      </button>
      {showFirst && (
        <PinwheelLink linkToken={tokens[0]} store={store}>
          Connect payroll
        </PinwheelLink>
      )}
      <PinwheelLink linkToken={tokens[1]} store={store}>
        Update payroll
      </PinwheelLink>
    </>
  )
}

const names = (sessionId: string) =>
  store
    .getState()
    .events.filter((e) => e.sessionId === sessionId)
    .map((e) => e.name)

describe('PinwheelLink unmounted mid-flow beside another PinwheelLink', () => {
  it('closes its session as such, keeps its late events, and the other Link opens a separate one', async () => {
    const user = userEvent.setup()
    render(<TwoLinks />)
    const connect = screen.getByRole('button', { name: 'Connect payroll' })
    await waitFor(() => expect(connect).toBeEnabled())
    await user.click(connect)
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    const first = fake.current.openCalls[0]!
    const firstSession = first._modalSessionIdOverride!
    act(() => fake.current.emit('screen_transition', { screenName: 'LOGIN' }))

    await user.click(screen.getByRole('button', { name: 'Remove payroll Link' }))
    expect(screen.queryByRole('button', { name: 'Connect payroll' })).toBeNull()
    expect(store.getState().sessions[firstSession]?.status).toBe('closed')
    // The modal reports its exit late, through the callbacks it was opened with.
    act(() => first.onEvent?.('exit', {}))

    await user.click(screen.getByRole('button', { name: 'Update payroll' }))
    await waitFor(() => expect(fake.current.openCalls).toHaveLength(2))
    const secondSession = fake.current.openCalls[1]!._modalSessionIdOverride!
    act(() => fake.current.exit())
    expect(secondSession).not.toBe(firstSession)
    expect(names(firstSession)).toEqual(['open', 'screen_transition', 'exit'])
    expect(names(secondSession)).toEqual(['open', 'exit'])
  })
})
