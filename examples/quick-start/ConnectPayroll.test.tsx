import { installFakePinwheel } from '@linkwheel/react/testing'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import { ConnectPayroll } from './ConnectPayroll'

afterEach(cleanup)

it('reports the account once, with every job, when the user closes Link', async () => {
  const fake = installFakePinwheel()
  // Your server's link-token route, stubbed: the component fetches it on click.
  const fetchToken = vi.fn(async () => Response.json({ token: 'token_from_my_server' }))
  vi.stubGlobal('fetch', fetchToken)
  const onConnected = vi.fn()
  render(<ConnectPayroll onConnected={onConnected} />)

  const button = screen.getByRole('button', { name: 'Connect your payroll' })
  await waitFor(() => expect(button).toBeEnabled())
  await userEvent.click(button)
  await waitFor(() => expect(fake.isOpen).toBe(true))
  expect(fetchToken).toHaveBeenCalledWith('/api/link-token', { method: 'POST' })
  expect(fake.openCalls[0]?.linkToken).toBe('token_from_my_server')

  act(() => {
    fake.succeed({ accountId: 'acc_1', job: 'paystubs' })
    fake.succeed({ accountId: 'acc_1', job: 'income' })
  })
  expect(onConnected).not.toHaveBeenCalled() // onSuccess ran twice; nothing acted yet
  act(() => fake.exit())
  expect(onConnected).toHaveBeenCalledOnce()
  expect(onConnected).toHaveBeenCalledWith('acc_1', ['paystubs', 'income'])
  fake.uninstall()
})
