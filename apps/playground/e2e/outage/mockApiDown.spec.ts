import { expect, test } from '@playwright/test'
import { chooseJobs, linkFrame, saveScreenshot, watchConsole } from '../linkwheel'
import { outageServer } from './outageServer'

// Runs against the e2e-only outage playground (its own mock API, which the test stops).
test.use({ baseURL: outageServer.url })

test.afterEach(async ({ request }) => {
  // Leave the mock API up for the next run, whatever this one did.
  await request.post(outageServer.startMockApiPath)
})

test('the mock API goes down while the playground runs: the page says to restart `pnpm dev`, and Link opens once it is back', async ({
  page,
  request,
}) => {
  const console = watchConsole(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Link token' })).toBeVisible()
  const openButton = page.getByRole('button', { name: /^Open Link/ })
  await expect(openButton).toBeEnabled()
  await chooseJobs(page, ['Identity'])

  // The Link script is already loaded; now the mock API stops answering.
  expect((await request.post(outageServer.stopMockApiPath)).status()).toBe(204)
  await openButton.click()

  const problem = page.getByRole('alert').filter({ hasText: 'Could not create a link token' })
  await expect(problem).toBeVisible()
  await expect(problem).toHaveAttribute('data-code', 'mock_api_unreachable')
  await expect(problem).toContainText(
    `The mock Pinwheel API at http://127.0.0.1:${outageServer.mockApiPort} did not answer (ECONNREFUSED)`,
  )
  await expect(problem).toContainText('restart that command')
  await expect(problem).toContainText('pnpm dev')
  await expect(page.locator('iframe[title="Pinwheel Link"]')).toHaveCount(0)
  await expect(openButton).toBeEnabled()
  await saveScreenshot(page, 'mock-api-down')

  // Back up: the same page opens Link, and the problem is gone.
  expect((await request.post(outageServer.startMockApiPath)).status()).toBe(204)
  await openButton.click()
  await expect(linkFrame(page).getByRole('heading').first()).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  // The only console error is Chromium's line about the 502 the page then explained.
  expect(
    console.errors.filter(
      (text) => !/^Failed to load resource: the server responded with a status of 502/.test(text),
    ),
  ).toEqual([])
  expect(console.errors).toHaveLength(1)
})
