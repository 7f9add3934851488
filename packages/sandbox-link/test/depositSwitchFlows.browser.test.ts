import { describe, expect, it } from 'vitest'
import {
  acme,
  closeLinkAfterEach,
  confirmSwitch,
  createLinkToken,
  createSwitchToken,
  depositTarget,
  exitLink,
  finishLink,
  linkError,
  linkFrame,
  logIn,
  mockApi,
  openLink,
  paycrest,
  screen,
  waitForEvent,
} from './linkHarness'

closeLinkAfterEach()

describe('sandbox Link direct deposit switch', () => {
  it('connects through search and switches a percentage of pay, then returns focus to the trigger', async () => {
    const token = await createLinkToken({
      required_jobs: ['direct_deposit_switch'],
      end_user_id: 'user-1',
      ...depositTarget,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByRole('button', { name: 'Continue' }).click()
    await frame.getByLabelText('Search for your employer or payroll provider').fill('acme')
    await frame.getByRole('button', { name: 'Acme Logistics' }).click()
    await logIn('user_good', 'pass_good')
    await frame.getByRole('radio', { name: 'A percentage of each paycheck' }).click()
    await frame.getByRole('spinbutton', { name: 'Percentage' }).fill('40')
    await confirmSwitch()
    await finishLink()

    const accountId = (link.logins[0] as { accountId: string } | undefined)?.accountId
    expect(accountId).toEqual(expect.any(String))
    const params = { action: 'partial_switch', allocation: { type: 'percentage', value: 40 } }
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      { name: 'user_activated', payload: { solutionName: 'Deposit Switch' } },
      screen('SEARCH_DEFAULT'),
      screen('SEARCH_RESULTS'),
      { name: 'select_employer', payload: acme },
      screen('LOGIN', { ...acme, ...paycrest }),
      { name: 'login_attempt', payload: { platformId: 'plat_paycrest' } },
      { name: 'login', payload: { accountId, platformId: 'plat_paycrest' } },
      screen('DD_AMOUNT_SELECTION'),
      { name: 'input_allocation', payload: params },
      screen('DD_CONFIRMATION'),
      {
        name: 'success',
        payload: { accountId, platformId: 'plat_paycrest', job: 'direct_deposit_switch', params },
      },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.loginAttempts).toEqual([{ platformId: 'plat_paycrest' }])
    expect(link.successes).toEqual([
      { accountId, platformId: 'plat_paycrest', job: 'direct_deposit_switch', params },
    ])
    expect(link.errors).toEqual([])
    expect(link.exits).toEqual([{}])
    expect(document.activeElement).toBe(link.trigger)
    const account = await mockApi('GET', `/v1/accounts/${accountId}`)
    expect(account.status).toBe(200)
  })

  it('ends user_error on JOB_ERROR and exits with the job error; flags the token platform as incorrect', async () => {
    const token = await createSwitchToken({
      end_user_id: 'user-5',
      platform_id: 'plat_quill',
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByRole('button', { name: 'Choose a different employer' }).click()
    await frame.getByLabelText('Search for your employer or payroll provider').fill('acme')
    await frame.getByRole('button', { name: 'Acme Logistics' }).click()
    await logIn('user_error', 'pass_good')
    await confirmSwitch()
    await finishLink()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    const jobError = linkError('platformError', 'systemError')
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('LOGIN', { selectedPlatformId: 'plat_quill', selectedPlatformName: 'Quill Pay' }),
      screen('SEARCH_DEFAULT'),
      screen('SEARCH_RESULTS'),
      { name: 'select_employer', payload: acme },
      { name: 'incorrect_platform_given', payload: {} },
      screen('LOGIN', { ...acme, ...paycrest }),
      { name: 'login_attempt', payload: { platformId: 'plat_paycrest' } },
      { name: 'login', payload: { accountId, platformId: 'plat_paycrest' } },
      screen('DD_AMOUNT_SELECTION'),
      { name: 'input_allocation', payload: { action: 'full_switch' } },
      screen('DD_CONFIRMATION'),
      { name: 'error', payload: jobError },
      screen('JOB_ERROR'),
      { name: 'exit', payload: jobError },
    ])
    expect(link.successes).toEqual([])
    expect(link.errors).toEqual([jobError])
    expect(link.exits).toEqual([link.errors[0]])
  })

  it('reports an all-null input_allocation when the user leaves the amount screen without choosing', async () => {
    const token = await createSwitchToken({
      end_user_id: 'user-6',
      employer_id: 'emp_acme_logistics',
    })
    const link = await openLink(token)
    await logIn('user_good', 'pass_good')
    await waitForEvent(link, 'login')
    await exitLink()

    expect(link.events.slice(-4)).toEqual([
      screen('DD_AMOUNT_SELECTION'),
      screen('EXIT_CONFIRMATION'),
      { name: 'input_allocation', payload: { action: null, allocation: null } },
      { name: 'exit', payload: {} },
    ])
    expect(link.successes).toEqual([])
  })
})
