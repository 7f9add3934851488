// The README's "Testing your integration" example, as written there, against the README's
// first example component (`ConnectPayroll`). If this breaks, fix the README too.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { PinwheelLink } from '../src/index'
import { type FakePinwheel, installFakePinwheel } from '../src/testing'

const saveAccount = vi.fn()
let served = 0

function ConnectPayroll() {
  return (
    <PinwheelLink
      getLinkToken={() => fetch('/api/link-token', { method: 'POST' }).then((r) => r.json())}
      onSuccess={(result) => saveAccount(result.accountId, result.job)}
    >
      Connect your payroll
    </PinwheelLink>
  )
}

let fake: FakePinwheel
beforeEach(() => {
  // Your mock of the token endpoint: a fresh token per open (tokens are single-use).
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      Response.json(served++ ? `pw_token_${served}` : 'pw_sandbox_token_from_my_mock'),
    ),
  )
  fake = installFakePinwheel()
})
afterEach(() => {
  cleanup() // unmount first: Links close their sessions
  fake.uninstall()
  vi.unstubAllGlobals()
})

it('saves the account when the switch succeeds', async () => {
  const user = userEvent.setup()
  render(<ConnectPayroll />)
  const button = screen.getByRole('button', { name: 'Connect your payroll' })
  await waitFor(() => expect(button).toBeEnabled())
  await user.click(button)
  await waitFor(() => expect(fake.isOpen).toBe(true))
  expect(fake.openCalls[0]?.linkToken).toBe('pw_sandbox_token_from_my_mock')

  act(() => {
    fake.login({ accountId: 'acct-1' })
    fake.succeed({ accountId: 'acct-1', job: 'direct_deposit_switch' })
    fake.exit()
  })
  expect(saveAccount).toHaveBeenCalledWith('acct-1', 'direct_deposit_switch')
})

it('offers a retry when the script cannot load', async () => {
  fake.failScriptLoad('network', { times: 1 }) // or 'missing_global', 'hang'
  render(<ConnectPayroll />)
  await screen.findByRole('alert')
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Connect your payroll' })).toBeEnabled(),
  )
})
