import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { PinwheelLink } from '../src/PinwheelLink'
import { nextToken, setupFakePinwheel } from './fakeLink'

const fake = setupFakePinwheel()

describe('PinwheelLink mounted and unmounted 50 times under StrictMode', () => {
  it('asks for the Link script once, leaves no modal, and still opens Link afterwards', async () => {
    fake.current.holdScriptLoad()
    for (let cycle = 0; cycle < 50; cycle++) {
      const { unmount } = render(
        <StrictMode>
          <PinwheelLink linkToken={nextToken()}>Connect payroll</PinwheelLink>
        </StrictMode>,
      )
      // The first 26 cycles unmount while the script still loads; the others once it is ready.
      if (cycle === 25) act(() => fake.current.releaseScriptLoad())
      if (cycle > 25)
        await waitFor(() =>
          expect(screen.getByRole('button', { name: 'Connect payroll' })).toBeEnabled(),
        )
      unmount()
    }
    expect(fake.current.scriptTags).toHaveLength(1)
    expect(fake.current.openCalls).toHaveLength(0)
    expect(fake.current.isOpen).toBe(false)

    render(
      <StrictMode>
        <PinwheelLink linkToken={nextToken()}>Connect payroll</PinwheelLink>
      </StrictMode>,
    )
    const button = screen.getByRole('button', { name: 'Connect payroll' })
    await waitFor(() => expect(button).toBeEnabled())
    await userEvent.click(button)
    await waitFor(() => expect(fake.current.isOpen).toBe(true))
    expect(fake.current.openCalls).toHaveLength(1)
    expect(fake.current.scriptTags).toHaveLength(1)
  })
})
