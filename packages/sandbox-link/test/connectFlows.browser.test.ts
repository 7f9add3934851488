import { afterEach, describe, expect, it } from 'vitest'
import {
  contractProblems,
  createLinkToken,
  depositTarget,
  linkFrame,
  loadSandboxPinwheel,
  logIn,
  mockApi,
  openLink,
  screen,
  waitForClosed,
  waitForEvent,
} from './linkHarness'

afterEach(async () => {
  await (await loadSandboxPinwheel()).close()
  document.body.replaceChildren()
})

const anyError = (type: string, code: string, pendingRetry = false) => ({
  type,
  code,
  message: expect.any(String),
  pendingRetry,
})

describe('sandbox Link connect flows', () => {
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
    await frame.getByRole('button', { name: 'Continue' }).click()
    await frame.getByRole('button', { name: 'Confirm switch' }).click()
    await frame.getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    const accountId = (link.logins[0] as { accountId: string } | undefined)?.accountId
    expect(accountId).toEqual(expect.any(String))
    const acme = {
      selectedEmployerId: 'emp_acme_logistics',
      selectedEmployerName: 'Acme Logistics',
    }
    const paycrest = { selectedPlatformId: 'plat_paycrest', selectedPlatformName: 'Paycrest' }
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

  it('reports one success with job login for the read-only jobs, after provider confirmation', async () => {
    const token = await createLinkToken({
      required_jobs: ['income', 'employment', 'identity'],
      end_user_id: 'user-2',
      skip_intro_screen: true,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByLabelText('Search for your employer or payroll provider').fill('drift')
    await frame.getByRole('button', { name: 'Driftwood Coffee' }).click()
    await frame.getByRole('button', { name: 'Yes, continue with Timbre HR' }).click()
    await logIn('user_good', 'pass_good')
    await frame.getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    const driftwood = {
      selectedEmployerId: 'emp_driftwood_coffee',
      selectedEmployerName: 'Driftwood Coffee',
    }
    const timbre = { selectedPlatformId: 'plat_timbre', selectedPlatformName: 'Timbre HR' }
    const success = (job: string) => ({
      name: 'success',
      payload: { accountId, platformId: 'plat_timbre', job },
    })
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('SEARCH_DEFAULT'),
      screen('SEARCH_RESULTS'),
      { name: 'select_employer', payload: driftwood },
      screen('PROVIDER_CONFIRMATION'),
      screen('LOGIN', { ...driftwood, ...timbre }),
      { name: 'login_attempt', payload: { platformId: 'plat_timbre' } },
      { name: 'login', payload: { accountId, platformId: 'plat_timbre' } },
      success('login'),
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.successes).toEqual([success('login').payload])
  })

  it('asks user_mfa for a code, reports a wrong code as an error, and logs in with the literal mfa_code', async () => {
    const token = await createLinkToken({
      required_jobs: ['paystubs'],
      end_user_id: 'user-3',
      employer_id: 'emp_acme_logistics',
      skip_intro_screen: true,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await logIn('user_mfa', 'pass_good')
    await frame.getByLabelText('Verification code').fill('0000')
    await frame.getByRole('button', { name: 'Verify' }).click()
    await waitForEvent(link, 'error')
    await frame.getByLabelText('Verification code').fill('mfa_code')
    await frame.getByRole('button', { name: 'Verify' }).click()
    await frame.getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    const acme = {
      selectedEmployerId: 'emp_acme_logistics',
      selectedEmployerName: 'Acme Logistics',
    }
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('LOGIN', {
        ...acme,
        selectedPlatformId: 'plat_paycrest',
        selectedPlatformName: 'Paycrest',
      }),
      { name: 'login_attempt', payload: { platformId: 'plat_paycrest' } },
      { name: 'error', payload: anyError('userActionRequired', 'challengeAnswerIncorrect') },
      { name: 'login', payload: { accountId, platformId: 'plat_paycrest' } },
      { name: 'success', payload: { accountId, platformId: 'plat_paycrest', job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.errors).toEqual([anyError('userActionRequired', 'challengeAnswerIncorrect')])
  })

  it('lets the user retry after invalidCredentials, with a single login_attempt', async () => {
    const token = await createLinkToken({
      required_jobs: ['employment'],
      end_user_id: 'user-4',
      skip_intro_screen: true,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByLabelText('Search for your employer or payroll provider').fill('pay')
    await frame.getByRole('button', { name: 'Search payroll providers only' }).click()
    await frame.getByLabelText('Search payroll providers').fill('paycr')
    await frame.getByRole('button', { name: 'Paycrest' }).click()
    await logIn('user_good', 'wrong_password')
    await waitForEvent(link, 'error')
    await logIn('user_good', 'pass_good')
    await frame.getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    const paycrest = { selectedPlatformId: 'plat_paycrest', selectedPlatformName: 'Paycrest' }
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('SEARCH_DEFAULT'),
      screen('SEARCH_RESULTS'),
      screen('SEARCH_PLATFORM_ONLY'),
      { name: 'select_platform', payload: paycrest },
      screen('LOGIN', paycrest),
      { name: 'login_attempt', payload: { platformId: 'plat_paycrest' } },
      { name: 'error', payload: anyError('invalidUserInput', 'invalidCredentials') },
      { name: 'login', payload: { accountId, platformId: 'plat_paycrest' } },
      { name: 'success', payload: { accountId, platformId: 'plat_paycrest', job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.exits).toEqual([{}])
  })

  it('ends user_error on JOB_ERROR and exits with the job error; flags the token platform as incorrect', async () => {
    const token = await createLinkToken({
      required_jobs: ['direct_deposit_switch'],
      end_user_id: 'user-5',
      platform_id: 'plat_quill',
      skip_intro_screen: true,
      ...depositTarget,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByRole('button', { name: 'Choose a different employer' }).click()
    await frame.getByLabelText('Search for your employer or payroll provider').fill('acme')
    await frame.getByRole('button', { name: 'Acme Logistics' }).click()
    await logIn('user_error', 'pass_good')
    await frame.getByRole('button', { name: 'Continue' }).click()
    await frame.getByRole('button', { name: 'Confirm switch' }).click()
    await frame.getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    const jobError = anyError('platformError', 'systemError')
    const acme = {
      selectedEmployerId: 'emp_acme_logistics',
      selectedEmployerName: 'Acme Logistics',
    }
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('LOGIN', { selectedPlatformId: 'plat_quill', selectedPlatformName: 'Quill Pay' }),
      screen('SEARCH_DEFAULT'),
      screen('SEARCH_RESULTS'),
      { name: 'select_employer', payload: acme },
      { name: 'incorrect_platform_given', payload: {} },
      screen('LOGIN', {
        ...acme,
        selectedPlatformId: 'plat_paycrest',
        selectedPlatformName: 'Paycrest',
      }),
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
    const token = await createLinkToken({
      required_jobs: ['direct_deposit_switch'],
      end_user_id: 'user-6',
      employer_id: 'emp_acme_logistics',
      skip_intro_screen: true,
      ...depositTarget,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await logIn('user_good', 'pass_good')
    await waitForEvent(link, 'login')
    await frame.getByRole('button', { name: 'Close' }).click()
    await frame.getByRole('button', { name: 'Exit' }).click()
    await waitForClosed()

    expect(link.events.slice(-4)).toEqual([
      screen('DD_AMOUNT_SELECTION'),
      screen('EXIT_CONFIRMATION'),
      { name: 'input_allocation', payload: { action: null, allocation: null } },
      { name: 'exit', payload: {} },
    ])
    expect(link.successes).toEqual([])
  })

  it('ends user_pending with an error Pinwheel keeps retrying (pendingRetry)', async () => {
    const token = await createLinkToken({
      required_jobs: ['paystubs'],
      end_user_id: 'user-7',
      employer_id: 'emp_acme_logistics',
      skip_intro_screen: true,
    })
    const link = await openLink(token)
    await logIn('user_pending', 'pass_good')
    await linkFrame().getByRole('button', { name: 'Done' }).click()
    await waitForClosed()

    const pending = {
      type: expect.any(String),
      code: expect.any(String),
      message: expect.any(String),
      pendingRetry: true,
    }
    expect(link.events.map((event) => event.name)).toEqual([
      'open',
      'screen_transition',
      'login_attempt',
      'login',
      'error',
      'screen_transition',
      'exit',
    ])
    expect(link.errors).toEqual([pending])
    expect(link.successes).toEqual([])
    expect(link.exits).toEqual([pending])
  })

  it('checks against the contract: what Pinwheel does not send is a problem', () => {
    expect(contractProblems('success', { accountId: 'a', platformId: 'p', job: 'login' })).toEqual(
      [],
    )
    expect(
      contractProblems('success', { accountId: 'a', platformId: 'p', job: 'paystubs' }),
    ).toEqual(['success with a job outside LinkApiJob: paystubs'])
    expect(contractProblems('screen_transition', { screenName: 'INTRO' })).toHaveLength(1)
    expect(contractProblems('login', { accountId: 'a', platformId: 'p', extra: 1 })).toHaveLength(1)
    expect(contractProblems('PINWHEEL_SUCCESS', {})).toHaveLength(1)
  })
})
