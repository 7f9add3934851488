import { isLinkSessionError } from '@linkwheel/core'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { nextToken, setupFakePinwheel } from '../test/fakeLink'
import { PinwheelLink, type PinwheelLinkRenderProps } from './PinwheelLink'

const fake = setupFakePinwheel()

/** A design-system button, as an app's own trigger. */
function FancyButton({
  children,
  ...props
}: PinwheelLinkRenderProps['triggerProps'] & { children: ReactNode }) {
  return (
    <button type="button" className="fancy" {...props}>
      {children}
    </button>
  )
}
const connect = () => screen.getByRole('button', { name: 'Connect payroll' })
async function openedLink(count = 1) {
  await waitFor(() => expect(fake.current.openCalls).toHaveLength(count))
  await waitFor(() => expect(fake.current.isOpen).toBe(true))
}

describe('PinwheelLink clicks, tokens and modes', () => {
  it('opens once on a double or triple click', async () => {
    const user = userEvent.setup()
    render(<PinwheelLink getLinkToken={async () => nextToken()}>Connect payroll</PinwheelLink>)
    await waitFor(() => expect(connect()).toBeEnabled())
    await user.tripleClick(connect())
    await openedLink()
    await user.dblClick(connect())
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.current.openCalls).toHaveLength(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('opens at most one of two Links and tells the other why', async () => {
    const user = userEvent.setup()
    const onError = vi.fn()
    render(
      <>
        <PinwheelLink getLinkToken={async () => nextToken()}>Connect payroll</PinwheelLink>
        <PinwheelLink getLinkToken={async () => nextToken()} onError={onError}>
          Update payroll
        </PinwheelLink>
      </>,
    )
    const update = screen.getByRole('button', { name: 'Update payroll' })
    await waitFor(() => expect(update).toBeEnabled())
    await user.click(connect())
    await openedLink()
    await user.click(update)
    expect(await screen.findByRole('alert')).toHaveTextContent(/Another Link is open/)
    expect(update).toHaveAccessibleDescription(/only one can be open at a time/)
    expect(isLinkSessionError(onError.mock.calls[0]?.[0]) && onError.mock.calls[0]?.[0].code).toBe(
      'already_open',
    )
    expect(fake.current.openCalls).toHaveLength(1)
  })

  it('fetches the token when Link opens, not on mount, and once more after invalidLinkToken', async () => {
    const user = userEvent.setup()
    const tokens = [nextToken(), nextToken()]
    const getLinkToken = vi.fn(
      async () => tokens[getLinkToken.mock.calls.length - 1] ?? nextToken(),
    )
    const onExit = vi.fn()
    render(
      <PinwheelLink getLinkToken={getLinkToken} onExit={onExit}>
        Connect payroll
      </PinwheelLink>,
    )
    await waitFor(() => expect(connect()).toBeEnabled())
    expect(getLinkToken).not.toHaveBeenCalled()
    await user.click(connect())
    await openedLink()
    expect(getLinkToken).toHaveBeenCalledOnce()
    act(() => fake.current.fail({ type: 'invalidLinkToken', code: 'usedLinkToken' }))
    await openedLink(2)
    expect(getLinkToken).toHaveBeenCalledTimes(2)
    expect(fake.current.openCalls.map((params) => params.linkToken)).toEqual(tokens)
    act(() => fake.current.fail({ type: 'invalidLinkToken', code: 'usedLinkToken' }))
    act(() => fake.current.exit({ type: 'invalidLinkToken', code: 'usedLinkToken' }))
    expect(getLinkToken).toHaveBeenCalledTimes(2)
    expect(fake.current.openCalls).toHaveLength(2)
    expect(onExit).toHaveBeenCalledOnce()
  })

  it('renders your own trigger from a render-prop child', async () => {
    const user = userEvent.setup()
    render(
      <PinwheelLink getLinkToken={async () => nextToken()}>
        {({ triggerProps, status }) => (
          <FancyButton {...triggerProps}>{`Link payroll (${status})`}</FancyButton>
        )}
      </PinwheelLink>,
    )
    const trigger = await screen.findByRole('button', { name: 'Link payroll (ready)' })
    expect(trigger).toHaveClass('fancy')
    await user.click(trigger)
    await openedLink()
    expect(await screen.findByRole('button', { name: 'Link payroll (open)' })).toBeInTheDocument()
  })
})
