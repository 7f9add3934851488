import { createLinkEventStore, PinwheelProvider } from '@linkwheel/react'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { Funnel } from './Funnel'

afterEach(cleanup)

it('shows each funnel step and the logins from the store in scope', () => {
  const store = createLinkEventStore()
  render(
    <PinwheelProvider store={store}>
      <Funnel />
    </PinwheelProvider>,
  )
  expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('opened: 0 (0%)')
  act(() => {
    const { record } = store.getState()
    record('s1', 'open', {})
    record('s1', 'login', { accountId: 'a', platformId: 'p' })
  })
  expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('opened: 1 (100%)')
  expect(screen.getByText('1 logins')).toBeInTheDocument()
})
