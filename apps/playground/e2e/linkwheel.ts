import { expect, type FrameLocator, type Page } from '@playwright/test'

/** The sandbox Link modal: a cross-origin iframe served by the mock API. */
export function linkFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Pinwheel Link"]')
}

/** Every console error and uncaught exception of the page (and its frames) during a test. */
export function watchConsole(page: Page): { errors: string[] } {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  return { errors }
}

/**
 * Console errors that are not Chromium's own line about an HTTP error answer (a 4xx the flow
 * expects, e.g. a wrong password) — those are the page's or Link's real errors.
 */
export function unexpectedErrors(errors: readonly string[]): string[] {
  return errors.filter(
    (text) => !/^Failed to load resource: the server responded with a status of 4\d\d/.test(text),
  )
}

/** Loads the playground and waits until the Link button is usable. */
export async function openPlayground(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Link token' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Open Link/ })).toBeEnabled()
}

/** Sets the job checkboxes to exactly `jobs` (labels as the builder shows them). */
export async function chooseJobs(page: Page, jobs: readonly string[]): Promise<void> {
  const group = page.getByRole('group', { name: 'Jobs' })
  for (const box of await group.getByRole('checkbox').all()) {
    const label = (await box.locator('xpath=..').textContent())?.trim() ?? ''
    if (jobs.includes(label)) await box.check()
    else await box.uncheck()
  }
}

/** Clicks the Link button and waits for the modal's first screen. */
export async function launchLink(page: Page): Promise<FrameLocator> {
  await page.getByRole('button', { name: /^Open Link/ }).click()
  const frame = linkFrame(page)
  await expect(frame.getByRole('heading').first()).toBeVisible()
  return frame
}

/** Intro → search → employer (one with no provider confirmation) → login screen. */
export async function reachLogin(frame: FrameLocator, employer = 'Acme Logistics'): Promise<void> {
  await frame.getByRole('button', { name: 'Continue' }).click()
  await frame
    .getByLabel('Search for your employer or payroll provider')
    .fill(employer.split(' ')[0]!)
  await frame.getByRole('button', { name: employer }).click()
  await expect(frame.getByLabel('Username')).toBeVisible()
}

/** Fills the sandbox credentials and signs in. */
export async function signIn(
  frame: FrameLocator,
  username: string,
  password: string,
): Promise<void> {
  await frame.getByLabel('Username').fill(username)
  await frame.getByLabel('Password').fill(password)
  await frame.getByRole('button', { name: 'Sign in' }).click()
}

/** The event names of one session in the timeline, screen transitions left out. */
export async function timelineEvents(page: Page, session: number): Promise<string[]> {
  const items = page
    .getByRole('list', { name: `Events of session ${session}` })
    .locator('li[data-event-name]')
  const names = await items.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-event-name') ?? ''),
  )
  return names.filter((name) => name !== 'screen_transition')
}

/** Saves a full-page screenshot under `e2e/artifacts/` (gitignored). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: new URL(`./artifacts/${name}.png`, import.meta.url).pathname,
    fullPage: true,
  })
}
