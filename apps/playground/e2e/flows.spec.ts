import { expect, test } from '@playwright/test'
import {
  chooseJobs,
  launchLink,
  openPlayground,
  reachLogin,
  saveScreenshot,
  signIn,
  timelineEvents,
  unexpectedErrors,
  watchConsole,
} from './linkwheel'

// The On Demand Update flow updates the account the connect flow made: they run in order.
test.describe
  .serial('connect, then update', () => {
    test('connect with user_good and a direct deposit switch', async ({ page }) => {
      const console = watchConsole(page)
      await openPlayground(page)
      await chooseJobs(page, ['Direct deposit switch', 'Identity'])
      const endUser = `e2e_user_${Date.now()}`
      await page.getByLabel('End user id').fill(endUser)

      const frame = await launchLink(page)
      await reachLogin(frame)
      await signIn(frame, 'user_good', 'pass_good')
      await frame.getByRole('radio', { name: 'Entire paycheck' }).check()
      await frame.getByRole('button', { name: 'Continue' }).click()
      await frame.getByRole('button', { name: 'Confirm switch' }).click()
      await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
      await frame.getByRole('button', { name: 'Done' }).click()
      await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)

      await expect(
        page.getByRole('status').filter({ hasText: 'Link finished: succeeded' }),
      ).toBeVisible()
      await expect
        .poll(() => timelineEvents(page, 1))
        .toEqual([
          'open',
          'user_activated',
          'select_employer',
          'login_attempt',
          'login',
          'success',
          'input_allocation',
          'success',
          'exit',
        ])

      const webhooks = page.getByRole('list', { name: 'Received webhooks' })
      for (const event of ['account.added', 'direct_deposit_switch.added', 'identity.added']) {
        await expect(
          webhooks.locator(`li[data-event="${event}"]`).filter({ hasText: endUser }),
        ).toHaveCount(1)
      }

      const accounts = page.getByRole('region', { name: 'Accounts' })
      await accounts.getByRole('button', { name: new RegExp(endUser) }).click()
      const detail = accounts.getByRole('region', { name: endUser })
      await expect(detail.getByTestId('identity-name')).not.toHaveText('–')
      await expect(detail.getByTestId('identity-name')).toHaveText(/\w+ \w+/)
      await saveScreenshot(page, 'connect-user-good')
      expect(unexpectedErrors(console.errors)).toEqual([])
    })

    test('On Demand Update of that account: no selection events, counted as its own funnel', async ({
      page,
    }) => {
      const console = watchConsole(page)
      await openPlayground(page)
      await page.getByRole('radio', { name: 'Update an existing account' }).check()
      const select = page.getByLabel('Account to update')
      const firstAccount = select.locator('option').nth(1)
      await expect(firstAccount).toBeAttached()
      await select.selectOption((await firstAccount.getAttribute('value')) ?? '')
      await chooseJobs(page, ['Identity'])

      const frame = await launchLink(page)
      await frame.getByRole('button', { name: 'Continue' }).click()
      await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
      await frame.getByRole('button', { name: 'Done' }).click()
      await expect(
        page.getByRole('status').filter({ hasText: 'Link finished: succeeded' }),
      ).toBeVisible()

      await expect
        .poll(() => timelineEvents(page, 1))
        .toEqual(['open', 'user_activated', 'login', 'success', 'exit'])
      await expect(
        page.getByRole('region', { name: 'Session 1' }).getByText('On Demand Update'),
      ).toBeVisible()

      const analytics = page.getByRole('region', { name: 'Analytics' })
      await analytics.getByRole('radio', { name: /On Demand Update \(1\)/ }).check()
      const funnel = analytics.getByRole('list', { name: 'Funnel: sessions reaching each step' })
      // The search step is passed by design; login attempted is skipped (no user action needed).
      await expect(funnel.getByRole('listitem').filter({ hasText: 'Opened' })).toContainText(
        '1 · 100%',
      )
      await expect(funnel.getByRole('listitem').filter({ hasText: 'Logged in' })).toContainText(
        '1 · 100%',
      )
      await expect(funnel.getByRole('listitem').filter({ hasText: 'Succeeded' })).toContainText(
        '1 · 100%',
      )
      await expect(analytics.getByRole('radio', { name: /Connect \(0\)/ })).toBeVisible()
      await saveScreenshot(page, 'on-demand-update')
      expect(unexpectedErrors(console.errors)).toEqual([])
    })
  })

test('MFA: user_mfa asks for a code, then logs in', async ({ page }) => {
  const console = watchConsole(page)
  await openPlayground(page)
  await chooseJobs(page, ['Income'])
  const frame = await launchLink(page)
  await reachLogin(frame)
  await signIn(frame, 'user_mfa', 'pass_good')
  await frame.getByLabel('Verification code').fill('mfa_code')
  await frame.getByRole('button', { name: 'Verify' }).click()
  await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
  await frame.getByRole('button', { name: 'Done' }).click()

  await expect
    .poll(() => timelineEvents(page, 1))
    .toEqual([
      'open',
      'user_activated',
      'select_employer',
      'login_attempt',
      'login',
      'success',
      'exit',
    ])
  await expect(
    page.getByRole('status').filter({ hasText: 'Link finished: succeeded · jobs: login' }),
  ).toBeVisible()
  await saveScreenshot(page, 'mfa')
  expect(unexpectedErrors(console.errors)).toEqual([])
})

test('wrong password, then a retry that logs in', async ({ page }) => {
  const console = watchConsole(page)
  await openPlayground(page)
  await chooseJobs(page, ['Employment'])
  const frame = await launchLink(page)
  await reachLogin(frame)
  await signIn(frame, 'user_good', 'not_the_password')
  await expect(frame.getByRole('alert')).toBeVisible()
  await signIn(frame, 'user_good', 'pass_good')
  await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
  await frame.getByRole('button', { name: 'Done' }).click()

  await expect
    .poll(() => timelineEvents(page, 1))
    .toEqual([
      'open',
      'user_activated',
      'select_employer',
      'login_attempt',
      'error',
      'login',
      'success',
      'exit',
    ])
  await expect(
    page.getByRole('list', { name: 'Events of session 1' }).locator('li[data-event-name="error"]'),
  ).toContainText('invalidUserInput / invalidCredentials')
  const errors = page.getByRole('list', { name: 'Errors by code' })
  await expect(
    errors.getByRole('listitem').filter({ hasText: 'invalidCredentials' }),
  ).toContainText('1')
  await saveScreenshot(page, 'wrong-password-retry')
  expect(unexpectedErrors(console.errors)).toEqual([])
})

test('exit midway: the drop-off screen is shown', async ({ page }) => {
  const console = watchConsole(page)
  await openPlayground(page)
  await chooseJobs(page, ['Identity'])
  const frame = await launchLink(page)
  await reachLogin(frame)
  await frame.getByRole('button', { name: 'Close' }).click()
  await expect(frame.getByRole('heading', { name: 'Are you sure you want to exit?' })).toBeVisible()
  await frame.getByRole('button', { name: 'Exit', exact: true }).click()
  await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)

  await expect(
    page.getByRole('status').filter({ hasText: 'Link closed by the user before finishing' }),
  ).toBeVisible()
  await expect
    .poll(() => timelineEvents(page, 1))
    .toEqual(['open', 'user_activated', 'select_employer', 'exit'])
  const dropOffs = page.getByRole('list', {
    name: 'Last screen of sessions that ended without success',
  })
  await expect(dropOffs.getByRole('listitem')).toHaveCount(1)
  await expect(dropOffs.getByRole('listitem')).toContainText('LOGIN')
  await expect(dropOffs.getByRole('listitem')).toContainText('1 · 100%')
  await saveScreenshot(page, 'exit-midway')
  expect(unexpectedErrors(console.errors)).toEqual([])
})

test('a reused token: Link is refused and the page says to use a new token', async ({ page }) => {
  const console = watchConsole(page)
  await openPlayground(page)
  await chooseJobs(page, ['Identity'])
  await page.getByRole('radio', { name: /Reuse the last token/ }).check()
  // The first open has no last token yet: it gets a fresh one, which the sandbox redeems.
  const frame = await launchLink(page)
  await frame.getByRole('button', { name: 'Close' }).click()
  await frame.getByRole('button', { name: 'Exit', exact: true }).click()
  await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)

  await page.getByRole('button', { name: /^Open Link/ }).click()
  const problem = page.getByRole('alert').filter({ hasText: 'This link token was already used' })
  await expect(problem).toBeVisible()
  await expect(problem).toContainText('A new token for each open')
  await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Open Link/ })).toBeEnabled()
  await saveScreenshot(page, 'reused-token')
  expect(unexpectedErrors(console.errors)).toEqual([])
})

test('a token the sandbox already redeemed: usedLinkToken, and the page explains', async ({
  page,
  request,
}) => {
  const console = watchConsole(page)
  await openPlayground(page)
  const created = await request.post('/api/link-token', {
    data: { jobs: ['identity'], end_user_id: 'e2e_used' },
    // A script, not the page: it sends the backend's same-origin header (see `playgroundApi`).
    headers: { 'x-linkwheel-playground': '1' },
  })
  expect(created.ok()).toBe(true)
  const { token } = (await created.json()).data as { token: string }
  // Someone else (another tab, a replay) redeems it first, as the sandbox frame would.
  const redeemed = await request.post('http://127.0.0.1:4010/internal/link/sessions', {
    data: { link_token: token },
  })
  expect(redeemed.status()).toBe(200)

  await page.getByRole('radio', { name: 'Paste a token' }).check()
  await page.getByRole('textbox', { name: 'Token to use' }).fill(token)
  await page.getByRole('button', { name: /^Open Link/ }).click()
  // The sandbox refuses it (usedLinkToken); linkwheel asks for a new token once, gets the same
  // pasted one, refuses it itself, and the page says what to do.
  const problem = page.getByRole('alert').filter({ hasText: 'This link token was already used' })
  await expect(problem).toBeVisible()
  await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)
  await expect(
    page.getByRole('list', { name: 'Events of session 1' }).locator('li[data-event-name="error"]'),
  ).toContainText('invalidLinkToken / usedLinkToken')
  await expect(page.getByRole('list', { name: 'Errors by code' })).toContainText('usedLinkToken')
  // Not stuck: a fresh token opens Link again.
  await page.getByRole('radio', { name: /A new token for each open/ }).check()
  await expect(page.getByRole('button', { name: /^Open Link/ })).toBeEnabled()
  await saveScreenshot(page, 'used-token')
  expect(unexpectedErrors(console.errors)).toEqual([])
})

test('an expired token: refused before Link opens, with a clear error', async ({ page }) => {
  const console = watchConsole(page)
  await openPlayground(page)
  const now = Math.floor(Date.now() / 1000)
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  // Shaped like a mock API token that expired an hour ago (the browser reads `exp` unverified).
  const expired = [
    encode({ alg: 'HS256', typ: 'JWT' }),
    encode({
      link_token_id: 'e2e-expired',
      mode: 'sandbox',
      jobs: ['identity'],
      iat: now - 7200,
      exp: now - 3600,
    }),
    'c2lnbmF0dXJl',
  ].join('.')
  await page.getByRole('radio', { name: 'Paste a token' }).check()
  await page.getByRole('textbox', { name: 'Token to use' }).fill(expired)
  await page.getByRole('button', { name: /^Open Link/ }).click()
  const problem = page.getByRole('alert').filter({ hasText: 'This link token has expired' })
  await expect(problem).toBeVisible()
  await expect(problem).toContainText('token_expired')
  await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)
  await saveScreenshot(page, 'expired-token')
  expect(unexpectedErrors(console.errors)).toEqual([])
})
