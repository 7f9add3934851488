import { playwright } from '@vitest/browser-playwright'
import { chromiumArgs, chromiumPath } from './vitest.shared.ts'

/**
 * Vitest Browser Mode in Debian Chromium, headless. `linkFrame: true` keeps the tester frame
 * unscaled: Playwright's clicks through a scaled tester frame and the nested cross-origin Link
 * iframe land off target.
 */
export function chromiumBrowser({ linkFrame = false }: { linkFrame?: boolean } = {}) {
  return {
    enabled: true,
    headless: true,
    ...(linkFrame ? { viewport: { width: 1000, height: 800 } } : {}),
    provider: playwright({
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      ...(linkFrame ? { contextOptions: { viewport: { width: 1280, height: 1000 } } } : {}),
    }),
    instances: [{ browser: 'chromium' as const }],
  }
}
