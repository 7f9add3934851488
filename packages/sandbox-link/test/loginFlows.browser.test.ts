import { describe, expect, it } from 'vitest'
import {
  acme,
  closeLinkAfterEach,
  createLinkToken,
  finishLink,
  linkError,
  linkFrame,
  logIn,
  openLink,
  paycrest,
  screen,
  waitForEvent,
} from './linkHarness'

closeLinkAfterEach()

describe('sandbox Link login and read-only jobs', () => {
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
    await finishLink()

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
    await finishLink()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('LOGIN', { ...acme, ...paycrest }),
      { name: 'login_attempt', payload: { platformId: 'plat_paycrest' } },
      { name: 'error', payload: linkError('userActionRequired', 'challengeAnswerIncorrect') },
      { name: 'login', payload: { accountId, platformId: 'plat_paycrest' } },
      { name: 'success', payload: { accountId, platformId: 'plat_paycrest', job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.errors).toEqual([linkError('userActionRequired', 'challengeAnswerIncorrect')])
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
    await finishLink()

    const accountId = (link.logins[0] as { accountId: string }).accountId
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('SEARCH_DEFAULT'),
      screen('SEARCH_RESULTS'),
      screen('SEARCH_PLATFORM_ONLY'),
      { name: 'select_platform', payload: paycrest },
      screen('LOGIN', paycrest),
      { name: 'login_attempt', payload: { platformId: 'plat_paycrest' } },
      { name: 'error', payload: linkError('invalidUserInput', 'invalidCredentials') },
      { name: 'login', payload: { accountId, platformId: 'plat_paycrest' } },
      { name: 'success', payload: { accountId, platformId: 'plat_paycrest', job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
    expect(link.exits).toEqual([{}])
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
    await finishLink()

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
})
