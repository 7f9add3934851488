import { expect, type Page, test } from '@playwright/test'
import { findHiddenSessionEndings, findLayoutProblems } from './findLayoutProblems'
import {
  chooseJobs,
  launchLink,
  openPlayground,
  reachLogin,
  signIn,
  watchConsole,
} from './linkwheel'
import { shootModal, shootPage } from './screenshots'

/**
 * The page a newcomer sees, at a phone, a laptop and a desktop width: after a few Link sessions,
 * no text in any card overlaps other text or leaves its card, every session's last event is on
 * screen, and the console stays clean (not even a 404). Screenshots of each state go to
 * `.ci/artifacts/screenshots`.
 */
const widths = [390, 1440, 1920] as const

async function expectCleanLayout(page: Page): Promise<void> {
  expect(await findLayoutProblems(page)).toEqual([])
  expect(await findHiddenSessionEndings(page)).toEqual([])
}

async function connect(page: Page, endUser: string, jobs: readonly string[], width: number) {
  await page.getByLabel('End user id').fill(endUser)
  await chooseJobs(page, jobs)
  const frame = await launchLink(page)
  await reachLogin(frame)
  await signIn(frame, 'user_good', 'pass_good')
  if (jobs.includes('Direct deposit switch')) {
    await frame.getByRole('radio', { name: 'Entire paycheck' }).check()
    await frame.getByRole('button', { name: 'Continue' }).click()
    await frame.getByRole('button', { name: 'Confirm switch' }).click()
  }
  await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
  await shootModal(page, frame, `modal-${width}-done`)
  await frame.getByRole('button', { name: 'Done' }).click()
  await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)
}

for (const width of widths) {
  test(`the playground holds together at ${width} px`, async ({ page }) => {
    test.setTimeout(120_000)
    const console = watchConsole(page)
    await page.setViewportSize({ width, height: width < 600 ? 844 : 1000 })
    await openPlayground(page)
    await expect(page.getByRole('region', { name: 'Accounts' })).not.toContainText('Loading')
    await shootPage(page, `playground-${width}-empty`)
    await expectCleanLayout(page)

    // Session 1: a connect with data jobs; then a daily refresh of that account.
    const first = `first_${width}_${Date.now()}`
    await connect(page, first, ['Direct deposit switch', 'Identity', 'Income', 'Paystubs'], width)
    const accounts = page.getByRole('region', { name: 'Accounts' })
    const detail = accounts.getByRole('region', { name: first })
    await expect(detail.getByTestId('identity-name')).toHaveText(/\w+ \w+/)
    await detail.getByRole('button', { name: 'Run daily refresh' }).click()
    await expect(detail.getByRole('status')).toContainText('Daily refresh done')

    // Session 2: the user leaves at the login screen.
    await chooseJobs(page, ['Identity'])
    const frame = await launchLink(page)
    await reachLogin(frame)
    await frame.getByRole('button', { name: 'Close' }).click()
    await frame.getByRole('button', { name: 'Exit', exact: true }).click()
    await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)

    // Session 3: a second account; the list follows the newest, the refresh result stays with
    // the account it ran for.
    const second = `second_${width}_${Date.now()}`
    await connect(page, second, ['Employment', 'Shifts'], width)
    const secondDetail = accounts.getByRole('region', { name: second })
    await expect(secondDetail.getByRole('heading', { name: 'Employment' })).toBeVisible()
    await expect(secondDetail.getByText(/Daily refresh done/)).toHaveCount(0)
    await expect(secondDetail.getByRole('heading', { name: 'Identity' })).toBeVisible()
    await expect(secondDetail.getByText(/Not pulled/).first()).toBeVisible()
    await accounts.getByRole('button', { name: new RegExp(first) }).click()
    await expect(accounts.getByRole('region', { name: first })).toBeVisible()

    await expect(page.getByRole('region', { name: 'Session 3' })).toBeVisible()
    await expect(page.locator('.timeline li[data-ending]')).toHaveCount(3)
    await shootPage(page, `playground-${width}-three-sessions`)
    await expectCleanLayout(page)

    // Every session expanded: still whole, still clean.
    for (const toggle of await page.getByRole('button', { name: /^Show all/ }).all()) {
      await toggle.click()
    }
    await page.getByLabel('Screen changes').check()
    await expectCleanLayout(page)
    await shootPage(page, `playground-${width}-expanded`)

    expect(console.errors).toEqual([])
  })
}
