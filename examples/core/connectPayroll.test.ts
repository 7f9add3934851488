import { installFakePinwheel } from '@linkwheel/react/testing'
import { waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { connectPayroll } from './connectPayroll'

describe('the Link session example of the core README', () => {
  it('opens Link with a fresh token, saves each job and resolves with the outcome', async () => {
    const fake = installFakePinwheel()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ token: 'token_for_core_example' })),
    )
    const save = vi.fn()
    const done = connectPayroll(save)
    await waitFor(() => expect(fake.isOpen).toBe(true))
    expect(fake.openCalls[0]?.linkToken).toBe('token_for_core_example')
    fake.succeed({ accountId: 'acc_7', job: 'paystubs' })
    fake.exit()
    const outcome = await done
    expect(save).toHaveBeenCalledWith('acc_7', 'paystubs')
    expect(outcome).toMatchObject({
      results: [{ accountId: 'acc_7', job: 'paystubs' }],
      error: null,
      endedBy: 'link',
    })
    expect(outcome.sessionId).toMatch(/^[0-9a-f-]{36}$/)
    fake.uninstall()
  })
})
