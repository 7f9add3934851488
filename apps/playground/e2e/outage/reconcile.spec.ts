import { expect, test } from '@playwright/test'
import {
  chooseJobs,
  launchLink,
  reachLogin,
  saveScreenshot,
  signIn,
  unexpectedErrors,
  watchConsole,
} from '../linkwheel'
import { outageServer } from './outageServer'

// Runs against the e2e-only outage playground, whose webhook receiver a test can make drop
// deliveries: an outage longer than the mock's retries.
test.use({ baseURL: outageServer.url })

test.afterEach(async ({ request }) => {
  await request.post(outageServer.acceptWebhooksPath)
})

test('webhooks lost in an outage: Reconcile fills in the account and its job from the API', async ({
  page,
  request,
}) => {
  const console = watchConsole(page)
  await page.goto('/')
  await expect(page.getByRole('button', { name: /^Open Link/ })).toBeEnabled()
  await chooseJobs(page, ['Income'])
  const endUser = `e2e_reconcile_${Date.now()}`
  await page.getByLabel('End user id').fill(endUser)

  expect((await request.post(outageServer.dropWebhooksPath)).status()).toBe(204)
  const frame = await launchLink(page)
  await reachLogin(frame)
  await signIn(frame, 'user_good', 'pass_good')
  await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
  await frame.getByRole('button', { name: 'Done' }).click()
  const accounts = page.getByRole('region', { name: 'Accounts' })
  const account = accounts.getByRole('button', { name: new RegExp(endUser) })
  // The deliveries failed and were given up on: the page never heard of the account.
  await page.waitForTimeout(1500)
  await expect(account).toHaveCount(0)
  await expect(
    page
      .getByRole('list', { name: 'Received webhooks' })
      .locator('li')
      .filter({ hasText: endUser }),
  ).toHaveCount(0)

  expect((await request.post(outageServer.acceptWebhooksPath)).status()).toBe(204)
  const reconcile = page.getByRole('region', { name: 'Reconcile' })
  await reconcile.getByRole('button', { name: 'Reconcile with Pinwheel' }).click()
  const result = reconcile.getByRole('status', { name: 'Reconcile result' })
  await expect(result).toContainText(/\d+ account\(s\) and \d+ job result\(s\) filled in/)
  await expect(result).toContainText('income')
  await expect(account).toHaveCount(1)
  await saveScreenshot(page, 'reconcile')

  // A second run finds nothing missing.
  await reconcile.getByRole('button', { name: 'Reconcile with Pinwheel' }).click()
  await expect(result).toContainText('nothing was missing')
  expect(unexpectedErrors(console.errors)).toEqual([])
})
