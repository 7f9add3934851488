import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FrameLocator, Page } from '@playwright/test'

/**
 * Where the UI screenshots go: `SCREENSHOT_DIR`, or `.ci/artifacts/screenshots` at the repository
 * root (git-ignored; CI keeps the folder as an artifact).
 */
export const screenshotDir =
  process.env.SCREENSHOT_DIR ??
  fileURLToPath(new URL('../../../.ci/artifacts/screenshots', import.meta.url))

/** Saves a full-page screenshot of the playground as `<name>.png`. */
export async function shootPage(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true })
}

/** Saves a screenshot of the Link modal (its iframe, as the user sees it) as `<name>.png`. */
export async function shootModal(page: Page, frame: FrameLocator, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await frame.locator('body').waitFor()
  await page.screenshot({ path: `${screenshotDir}/${name}.png` })
}
