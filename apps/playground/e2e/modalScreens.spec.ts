import { expect, type FrameLocator, type Page, test } from '@playwright/test'
import {
  chooseJobs,
  launchLink,
  openPlayground,
  signIn,
  unexpectedErrors,
  watchConsole,
} from './linkwheel'
import { shootModal } from './screenshots'

/**
 * Every screen of the sandbox Link modal, in English and Spanish, at a phone and a laptop width,
 * screenshotted to `.ci/artifacts/screenshots` (`modal-<width>-<screen>.png`). Each walk also
 * checks that the console stays clean apart from the HTTP errors the flow asks for.
 */
const widths = [390, 1440] as const

async function search(frame: FrameLocator, text: string, employer: string) {
  await frame.getByLabel(/Search for your employer|Busca tu empleador/).fill(text)
  await frame.getByRole('button', { name: employer }).click()
}

async function start(page: Page, width: number, jobs: readonly string[], language = 'English') {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 })
  await openPlayground(page)
  await chooseJobs(page, jobs)
  await page.getByLabel('Language').selectOption({ label: language })
  return launchLink(page)
}

for (const width of widths) {
  test(`modal screens of a direct deposit switch at ${width} px`, async ({ page }) => {
    const console = watchConsole(page)
    const frame = await start(page, width, ['Direct deposit switch'])
    await shootModal(page, frame, `modal-${width}-intro`)
    await frame.getByRole('button', { name: 'Continue' }).click()
    await expect(frame.getByLabel('Search for your employer or payroll provider')).toBeVisible()
    await shootModal(page, frame, `modal-${width}-search`)
    await frame.getByLabel('Search for your employer or payroll provider').fill('Dri')
    await shootModal(page, frame, `modal-${width}-search-results`)
    await frame.getByRole('button', { name: 'Driftwood Coffee' }).click()
    await expect(
      frame.getByRole('heading', { name: 'Confirm your payroll provider' }),
    ).toBeVisible()
    await shootModal(page, frame, `modal-${width}-provider-confirmation`)
    await frame.getByRole('button', { name: /^Yes, continue with/ }).click()
    await expect(frame.getByLabel('Username')).toBeVisible()
    await shootModal(page, frame, `modal-${width}-login`)
    await signIn(frame, 'user_good', 'pass_good')
    await expect(frame.getByRole('radio', { name: 'Entire paycheck' })).toBeVisible()
    await frame.getByRole('radio', { name: 'A percentage of each paycheck' }).check()
    await shootModal(page, frame, `modal-${width}-amount-percentage`)
    await frame.getByRole('radio', { name: 'Entire paycheck' }).check()
    await shootModal(page, frame, `modal-${width}-amount-entire`)
    await frame.getByRole('button', { name: 'Continue' }).click()
    await expect(frame.getByRole('button', { name: 'Confirm switch' })).toBeVisible()
    await shootModal(page, frame, `modal-${width}-confirm`)
    await frame.getByRole('button', { name: 'Confirm switch' }).click()
    await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
    await shootModal(page, frame, `modal-${width}-success`)
    await frame.getByRole('button', { name: 'Done' }).click()
    expect(unexpectedErrors(console.errors)).toEqual([])
  })

  test(`modal screens of document upload, the exit question and MFA at ${width} px`, async ({
    page,
  }) => {
    const console = watchConsole(page)
    const frame = await start(page, width, ['Direct deposit switch'])
    await frame.getByRole('button', { name: 'Continue' }).click()
    await frame.getByRole('button', { name: 'Upload documents instead' }).click()
    await expect(frame.getByRole('heading', { name: 'Upload documents' })).toBeVisible()
    await shootModal(page, frame, `modal-${width}-documents`)
    await frame.getByRole('button', { name: 'Close' }).click()
    await expect(
      frame.getByRole('heading', { name: 'Are you sure you want to exit?' }),
    ).toBeVisible()
    await shootModal(page, frame, `modal-${width}-exit-confirmation`)
    await frame.getByRole('button', { name: 'Exit', exact: true }).click()
    await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)

    await launchLink(page)
    await frame.getByRole('button', { name: 'Continue' }).click()
    await search(frame, 'Acme', 'Acme Logistics')
    await signIn(frame, 'user_mfa', 'pass_good')
    await expect(frame.getByLabel('Verification code')).toBeVisible()
    await shootModal(page, frame, `modal-${width}-mfa`)
    await frame.getByRole('button', { name: 'Close' }).click()
    await expect(
      frame.getByRole('heading', { name: 'Are you sure you want to exit?' }),
    ).toBeVisible()
    await shootModal(page, frame, `modal-${width}-exit-confirmation`)
    await frame.getByRole('button', { name: 'Exit', exact: true }).click()
    expect(unexpectedErrors(console.errors)).toEqual([])
  })

  test(`modal screens in Spanish, with the account-locked error, at ${width} px`, async ({
    page,
  }) => {
    const console = watchConsole(page)
    const frame = await start(page, width, ['Income'], 'Español')
    await expect(frame.getByRole('heading').first()).toContainText('Pinwheel')
    await shootModal(page, frame, `modal-${width}-es-intro`)
    await frame.getByRole('button', { name: 'Continuar' }).click()
    await search(frame, 'Acme', 'Acme Logistics')
    await frame.getByLabel('Usuario').fill('user_locked')
    await frame.getByLabel('Contraseña').fill('x')
    await frame.getByRole('button', { name: 'Iniciar sesión' }).click()
    await expect(frame.getByRole('alert')).toBeVisible()
    await shootModal(page, frame, `modal-${width}-es-account-locked`)
    expect(unexpectedErrors(console.errors)).toEqual([])
  })
}
