import { expect, test } from '@playwright/test'
import {
  chooseJobs,
  launchLink,
  linkFrame,
  openPlayground,
  reachLogin,
  saveScreenshot,
  signIn,
  timelineEvents,
  unexpectedErrors,
  watchConsole,
} from './linkwheel'

// The On Demand Update flow updates the account the first flow connects.
test.describe.configure({ mode: 'serial' })

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
  expect(await timelineEvents(page, 1)).toEqual([
    'open',
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
  const account = accounts.getByLabel('Account').locator('option', { hasText: endUser })
  await accounts.getByLabel('Account').selectOption((await account.getAttribute('value')) ?? '')
  await expect(accounts.getByTestId('identity-name')).not.toHaveText('–')
  await expect(accounts.getByTestId('identity-name')).toHaveText(/\w+ \w+/)
  await saveScreenshot(page, 'connect-user-good')
  expect(unexpectedErrors(console.errors)).toEqual([])
})
