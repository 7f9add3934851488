import { describe, expect, inject, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import {
  closeLinkAfterEach,
  createLinkToken,
  exitLink,
  finishLink,
  linkError,
  linkFrame,
  logIn,
  mockApi,
  openLink,
  screen,
  waitForClosed,
  waitForEvent,
} from './linkHarness'

closeLinkAfterEach()

const tokenError = (code: string) => linkError('invalidLinkToken', code)

/** Opens Link with a token the mock API refuses, and closes the error screen. */
async function openRefused(token: string) {
  const link = await openLink(token)
  await waitForEvent(link, 'error')
  await linkFrame().getByRole('button', { name: 'Close' }).first().click()
  await waitForClosed()
  return link
}

describe('sandbox Link lifecycle', () => {
  it('goes to EXIT_CONFIRMATION on Escape and on the close button, and exits with {} midway', async () => {
    const token = await createLinkToken({ required_jobs: ['income'], end_user_id: 'user-exit' })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByRole('button', { name: 'Continue' }).click()
    await frame.getByLabelText('Search for your employer or payroll provider').click()
    expect(document.activeElement?.getAttribute('title')).toBe('Pinwheel Link')
    await userEvent.keyboard('{Escape}')
    await frame.getByRole('button', { name: 'Go back' }).click()
    await exitLink()

    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      { name: 'user_activated', payload: { solutionName: 'Income and Employment' } },
      screen('SEARCH_DEFAULT'),
      screen('EXIT_CONFIRMATION'),
      screen('SEARCH_DEFAULT'),
      screen('EXIT_CONFIRMATION'),
      { name: 'exit', payload: {} },
    ])
    expect(link.exits).toEqual([{}])
    expect(document.activeElement).toBe(link.trigger)
  })

  it('ignores messages that do not come from the Link frame', async () => {
    const token = await createLinkToken({ required_jobs: ['income'], end_user_id: 'user-forged' })
    const link = await openLink(token)
    await waitForEvent(link, 'open')
    window.postMessage(
      { type: 'PINWHEEL_EVENT', eventName: 'exit', payload: { forged: true } },
      '*',
    )
    window.postMessage(
      { type: 'PINWHEEL_EVENT', eventName: 'login', payload: { accountId: 'forged' } },
      '*',
    )
    window.postMessage({ type: 'PINWHEEL_MODAL_CLOSE' }, '*')
    await linkFrame().getByRole('button', { name: 'Continue' }).click()
    await waitForEvent(link, 'screen_transition')
    expect(link.events.map((event) => event.name)).toEqual([
      'open',
      'user_activated',
      'screen_transition',
    ])
    expect(link.exits).toEqual([])
    expect(document.querySelectorAll('.pinwheel-portal')).toHaveLength(2)
  })

  it('reports an expired token as an error, shows it, then exits with it', async () => {
    const token = await createLinkToken(
      { required_jobs: ['income'], end_user_id: 'user-old' },
      inject('pastMockApiUrl'),
    )
    const link = await openRefused(token)
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      { name: 'error', payload: tokenError('expiredLinkToken') },
      { name: 'exit', payload: tokenError('expiredLinkToken') },
    ])
    expect(link.errors).toEqual([tokenError('expiredLinkToken')])
    expect(link.exits).toEqual([tokenError('expiredLinkToken')])
  })

  it('reports a used token as usedLinkToken and a tampered one as invalidLinkTokenSignature', async () => {
    const used = await createLinkToken({ required_jobs: ['income'], end_user_id: 'user-used' })
    expect((await mockApi('POST', '/internal/link/sessions', { link_token: used })).status).toBe(
      200,
    )
    const usedLink = await openRefused(used)
    expect(usedLink.events.map((event) => event.name)).toEqual(['open', 'error', 'exit'])
    expect(usedLink.exits).toEqual([tokenError('usedLinkToken')])

    const good = await createLinkToken({ required_jobs: ['income'], end_user_id: 'user-tampered' })
    const [header, payload, signature = ''] = good.split('.')
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    const tamperedLink = await openRefused(`${header}.${payload}.${flipped}`)
    expect(tamperedLink.events).toEqual([
      { name: 'open', payload: {} },
      { name: 'error', payload: tokenError('invalidLinkTokenSignature') },
      { name: 'exit', payload: tokenError('invalidLinkTokenSignature') },
    ])
  })

  it('shows Spanish text for language es', async () => {
    const token = await createLinkToken({
      required_jobs: ['income'],
      end_user_id: 'user-es',
      language: 'es',
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByRole('button', { name: 'Continuar' }).click()
    await frame.getByLabelText('Busca tu empleador o proveedor de nómina').fill('acme')
    await frame.getByRole('button', { name: 'Cerrar' }).click()
    await frame.getByRole('button', { name: 'Salir' }).click()
    await waitForClosed()
    expect(link.events.map((event) => event.name)).toEqual([
      'open',
      'user_activated',
      'screen_transition',
      'screen_transition',
      'screen_transition',
      'exit',
    ])
  })
})

describe('sandbox Link On Demand Update', () => {
  /** Connects `username` once (paystubs) and returns the new account id. */
  async function connect(username: string): Promise<string> {
    const token = await createLinkToken({
      required_jobs: ['paystubs'],
      end_user_id: `odu-${username}`,
      employer_id: 'emp_bluebird_grocers',
      skip_intro_screen: true,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await logIn(username, 'pass_good')
    if (username === 'user_mfa') {
      await frame.getByLabelText('Verification code').fill('mfa_code')
      await frame.getByRole('button', { name: 'Verify' }).click()
    }
    await finishLink()
    return (link.logins[0] as { accountId: string }).accountId
  }

  it('logs straight in with no search, no select_* and no login_attempt', async () => {
    const accountId = await connect('user_good')
    const token = await createLinkToken({
      required_jobs: ['income', 'identity'],
      account_id: accountId,
      skip_intro_screen: true,
    })
    const link = await openLink(token)
    await finishLink()
    const platformId = 'plat_ledgerline'
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      { name: 'login', payload: { accountId, platformId } },
      { name: 'success', payload: { accountId, platformId, job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
  })

  it('asks for the MFA code of a user_mfa account and sends login_attempt only then', async () => {
    const accountId = await connect('user_mfa')
    const token = await createLinkToken({
      required_jobs: ['employment'],
      account_id: accountId,
      skip_intro_screen: true,
    })
    const link = await openLink(token)
    const frame = linkFrame()
    await frame.getByLabelText('Verification code').fill('mfa_code')
    await frame.getByRole('button', { name: 'Verify' }).click()
    await finishLink()
    const platformId = 'plat_ledgerline'
    expect(link.events).toEqual([
      { name: 'open', payload: {} },
      screen('LOGIN', {
        selectedPlatformId: platformId,
        selectedPlatformName: 'Ledgerline Payroll',
      }),
      { name: 'login_attempt', payload: { platformId } },
      { name: 'login', payload: { accountId, platformId } },
      { name: 'success', payload: { accountId, platformId, job: 'login' } },
      screen('JOB_SUCCESS'),
      { name: 'exit', payload: {} },
    ])
  })
})
