import { type FakePinwheel, installFakePinwheel } from '@linkwheel/react/testing'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { ConnectPayroll } from './ConnectPayroll'
import { saveAccount } from './myApp'

vi.mock('./myApp', () => ({ saveAccount: vi.fn(), report: vi.fn(), analytics: { track: vi.fn() } }))

let fake: FakePinwheel
beforeEach(() => {
  fake = installFakePinwheel()
  // The token your server would make; each test gets its own (tokens are single-use).
  const token = `pw_sandbox_token_${Math.random().toString(36).slice(2)}`
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ token })),
  )
})
afterEach(() => {
  cleanup() // unmount first: Links close their sessions
  fake.uninstall()
})

it('saves the account when the switch succeeds', async () => {
  const user = userEvent.setup()
  render(<ConnectPayroll />)
  const button = screen.getByRole('button', { name: 'Connect your payroll' })
  await waitFor(() => expect(button).toBeEnabled())
  await user.click(button)
  await waitFor(() => expect(fake.isOpen).toBe(true))
  expect(fake.openCalls[0]?.linkToken).toMatch(/^pw_sandbox_token_/)

  act(() => {
    fake.login({ accountId: 'acct-1' })
    fake.succeed({ accountId: 'acct-1', job: 'direct_deposit_switch' })
    fake.exit()
  })
  expect(saveAccount).toHaveBeenCalledWith('acct-1', 'direct_deposit_switch')
})

it('opens Link on the next click once the script loads again', async () => {
  fake.failScriptLoad('network', { times: 1 }) // or 'missing_global', 'hang'
  render(<ConnectPayroll />)
  await screen.findByRole('alert') // says why; the button points to it (aria-describedby)
  await userEvent.click(screen.getByRole('button', { name: 'Connect your payroll' }))
  await waitFor(() => expect(fake.isOpen).toBe(true))
})
