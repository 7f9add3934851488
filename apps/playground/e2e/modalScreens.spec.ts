import { expect, type FrameLocator, type Page, test } from '@playwright/test'
import { findLayoutProblems } from './findLayoutProblems'
import {
  chooseJobs,
  launchLink,
  linkFrame,
  openPlayground,
  signIn,
  unexpectedErrors,
  watchConsole,
} from './linkwheel'
import { shootModal } from './screenshots'

/**
 * Screenshots the modal as `modal-<name>.png`, then checks the frame: no text overlapping or
 * leaving the modal, and no focus ring on an element the user did not reach with the keyboard
 * (the heading Link focuses on each screen).
 */
async function checkModal(page: Page, frame: FrameLocator, name: string): Promise<void> {
  await shootModal(page, frame, `modal-${name}`)
  const linkFrame = page.frames().find((candidate) => candidate.url().includes('/link/frame'))
  if (!linkFrame) throw new Error('the Link frame is not on the page')
  expect(await findLayoutProblems(linkFrame, 'main')).toEqual([])
  const ring = await linkFrame.evaluate(() => {
    const focused = document.activeElement
    if (!focused || focused === document.body) return null
    // A control the keyboard reached may show its ring; a heading focused by the screen may not.
    const control = focused.matches('a[href], button, input, select, textarea, summary')
    if (control && focused.matches(':focus-visible')) return null
    const style = getComputedStyle(focused)
    return style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
      ? `${focused.tagName.toLowerCase()} shows a focus ring (${style.outlineStyle})`
      : null
  })
  expect(ring).toBeNull()
}

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
    await checkModal(page, frame, `${width}-intro`)
    await frame.getByRole('button', { name: 'Continue' }).click()
    await expect(frame.getByLabel('Search for your employer or payroll provider')).toBeVisible()
    await checkModal(page, frame, `${width}-search`)
    await frame.getByLabel('Search for your employer or payroll provider').fill('Dri')
    await checkModal(page, frame, `${width}-search-results`)
    await frame.getByRole('button', { name: 'Driftwood Coffee' }).click()
    await expect(
      frame.getByRole('heading', { name: 'Confirm your payroll provider' }),
    ).toBeVisible()
    await checkModal(page, frame, `${width}-provider-confirmation`)
    await frame.getByRole('button', { name: /^Yes, continue with/ }).click()
    await expect(frame.getByLabel('Username')).toBeVisible()
    await checkModal(page, frame, `${width}-login`)
    await signIn(frame, 'user_good', 'pass_good')
    await expect(frame.getByRole('radio', { name: 'Entire paycheck' })).toBeVisible()
    await frame.getByRole('radio', { name: 'A percentage of each paycheck' }).check()
    await checkModal(page, frame, `${width}-amount-percentage`)
    await frame.getByRole('radio', { name: 'Entire paycheck' }).check()
    await checkModal(page, frame, `${width}-amount-entire`)
    await frame.getByRole('button', { name: 'Continue' }).click()
    await expect(frame.getByRole('button', { name: 'Confirm switch' })).toBeVisible()
    await checkModal(page, frame, `${width}-confirm`)
    await frame.getByRole('button', { name: 'Confirm switch' }).click()
    await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
    await checkModal(page, frame, `${width}-success`)
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
    await checkModal(page, frame, `${width}-documents`)
    await frame.getByRole('button', { name: 'Close' }).click()
    await expect(
      frame.getByRole('heading', { name: 'Are you sure you want to exit?' }),
    ).toBeVisible()
    await checkModal(page, frame, `${width}-exit-confirmation`)
    await frame.getByRole('button', { name: 'Exit', exact: true }).click()
    await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)

    await launchLink(page)
    await frame.getByRole('button', { name: 'Continue' }).click()
    await search(frame, 'Acme', 'Acme Logistics')
    await signIn(frame, 'user_mfa', 'pass_good')
    await expect(frame.getByLabel('Verification code')).toBeVisible()
    await checkModal(page, frame, `${width}-mfa`)
    await frame.getByLabel('Verification code').fill('mfa_code')
    await frame.getByRole('button', { name: 'Verify' }).click()
    await expect(frame.getByRole('radio', { name: 'Entire paycheck' })).toBeVisible()
    expect(unexpectedErrors(console.errors)).toEqual([])
  })

  test(`modal screens in Spanish, with the account-locked error, at ${width} px`, async ({
    page,
  }) => {
    const console = watchConsole(page)
    const frame = await start(page, width, ['Income'], 'Español')
    await expect(frame.getByRole('heading').first()).toContainText('quiere conectar tu cuenta')
    // The sandbox says what it is: linkwheel's simulation, never Pinwheel itself.
    await expect(frame.getByText(/no es Pinwheel/)).toBeVisible()
    await checkModal(page, frame, `${width}-es-intro`)
    await frame.getByRole('button', { name: 'Continuar' }).click()
    await search(frame, 'Acme', 'Acme Logistics')
    await frame.getByLabel('Usuario').fill('user_locked')
    await frame.getByLabel('Contraseña').fill('x')
    await frame.getByRole('button', { name: 'Iniciar sesión' }).click()
    await expect(frame.getByRole('alert')).toContainText('Tu cuenta de nómina está bloqueada')
    await checkModal(page, frame, `${width}-es-account-locked`)
    expect(unexpectedErrors(console.errors)).toEqual([])
  })
}

test('dark mode: useDarkMode draws the modal dark', async ({ page }) => {
  const console = watchConsole(page)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openPlayground(page)
  await page.getByLabel('Dark mode').check()
  const frame = await launchLink(page)
  await expect(frame.locator('html')).toHaveClass(/dark/)
  await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(20, 22, 26)')
  await checkModal(page, frame, '1440-dark-intro')
  await frame.getByRole('button', { name: 'Continue' }).click()
  await checkModal(page, frame, '1440-dark-search')
  await search(frame, 'Acme', 'Acme Logistics')
  await checkModal(page, frame, '1440-dark-login')
  expect(unexpectedErrors(console.errors)).toEqual([])
})

test('keyboard only: intro, search and login, with a visible ring on the focused control', async ({
  page,
}) => {
  const console = watchConsole(page)
  await page.setViewportSize({ width: 1440, height: 900 })
  await openPlayground(page)
  await chooseJobs(page, ['Identity'])
  await page.getByRole('button', { name: /^Open Link/ }).focus()
  await page.keyboard.press('Enter')
  const frame = linkFrame(page)
  await expect(frame.getByRole('heading').first()).toBeVisible()
  const continueButton = frame.getByRole('button', { name: 'Continue' })
  for (let presses = 0; presses < 6; presses++) {
    if (await continueButton.evaluate((button) => button === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(continueButton).toBeFocused()
  await expect(continueButton).toHaveCSS('outline-style', 'solid')
  await page.keyboard.press('Enter')
  // Each screen focuses its heading (for screen readers, without a ring); Tab goes on from there.
  await expect(frame.getByRole('heading', { name: 'Find your employer' })).toBeFocused()
  await page.keyboard.press('Tab')
  const searchBox = frame.getByLabel('Search for your employer or payroll provider')
  await expect(searchBox).toBeFocused()
  await page.keyboard.type('Acme')
  await page.keyboard.press('Tab')
  await expect(frame.getByRole('button', { name: 'Acme Logistics' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(frame.getByLabel('Username')).toBeFocused()
  await page.keyboard.type('user_good')
  await page.keyboard.press('Tab')
  await page.keyboard.type('pass_good')
  await page.keyboard.press('Enter')
  await expect(frame.getByRole('heading', { name: 'All done' })).toBeVisible()
  await page.keyboard.press('Escape')
  expect(unexpectedErrors(console.errors)).toEqual([])
})
