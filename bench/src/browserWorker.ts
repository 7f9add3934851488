/**
 * Sections 4–5 worker: Chromium (Playwright, Debian's binary) against the sandbox Link served by
 * the mock API on one origin and the bench page on another.
 */
import { existsSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright'
import { chromiumArgs, chromiumPath } from '../../vitest.shared'
import { buildBenchPage } from './buildBenchPage'
import type { BenchPageApi, BenchTiming, BenchWindow } from './page/BenchPageApi'
import { resolvedFrom } from './resolvedFrom'
import { printWorkerResult } from './runWorker'
import { serveBenchPage } from './serveBenchPage'

const runs = 20
const warmups = 2
const mountCycles = 50

type Variant = {
  id: string
  label: string
  mode: 'component' | 'direct' | 'peer'
  preload: boolean
}
const variants: Variant[] = [
  {
    id: 'component-preloaded',
    label: '`<PinwheelLink>`, script preloaded',
    mode: 'component',
    preload: true,
  },
  {
    id: 'direct-preloaded',
    label: '`window.Pinwheel.open`, script preloaded',
    mode: 'direct',
    preload: true,
  },
  {
    id: 'peer-preloaded',
    label: '`@pinwheel/react-modal` 3.0.0 `open`, script preloaded',
    mode: 'peer',
    preload: true,
  },
  {
    id: 'component-cold',
    label: 'linkwheel `<PinwheelModal open>`, script not loaded',
    mode: 'component',
    preload: false,
  },
  {
    id: 'direct-cold',
    label: '`window.Pinwheel.open`, script not loaded',
    mode: 'direct',
    preload: false,
  },
  {
    id: 'peer-cold',
    label: '`@pinwheel/react-modal` 3.0.0 `open`, script not loaded',
    mode: 'peer',
    preload: false,
  },
]

const bench = (page: Page) => ({
  prepare: (token: string) =>
    page.evaluate((t) => ((window as BenchWindow).bench as BenchPageApi).prepare(t), token),
  timing: () => page.evaluate(() => ((window as BenchWindow).bench as BenchPageApi).timing()),
  close: () => page.evaluate(() => ((window as BenchWindow).bench as BenchPageApi).close()),
  setMounted: (mounted: boolean) =>
    page.evaluate((m) => ((window as BenchWindow).bench as BenchPageApi).setMounted(m), mounted),
  scriptTags: () =>
    page.evaluate(() => ((window as BenchWindow).bench as BenchPageApi).scriptTags()),
})

async function main(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    printWorkerResult({
      status: 'skipped',
      reason: `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`,
    })
    return
  }
  const mockApi = await import('@linkwheel/mock-api').catch((error: unknown) => ({ error }))
  if ('error' in mockApi || typeof mockApi.startMockPinwheelApi !== 'function') {
    const cause =
      'error' in mockApi ? String(mockApi.error).split('\n')[0] : 'no startMockPinwheelApi export'
    printWorkerResult({ status: 'skipped', reason: `@linkwheel/mock-api (dist): ${cause}` })
    return
  }
  const { chromium } = await import('playwright')
  const [production, development] = await Promise.all([
    buildBenchPage('production'),
    buildBenchPage('development'),
  ])
  const api = await mockApi.startMockPinwheelApi({ port: 0, host: '127.0.0.1' })
  const pages = await serveBenchPage({ app: production, 'app-dev': development })
  const scriptUrl = `${api.url}/link/pinwheel.js`
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
    const createToken = async (): Promise<string> => {
      const response = await fetch(`${api.url}/v1/link_tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-secret': api.api.apiSecret },
        body: JSON.stringify({
          org_name: 'Linkwheel Bench',
          required_jobs: ['employment'],
          end_user_id: 'bench-user',
        }),
      })
      const body = (await response.json()) as { data?: { token?: string } }
      if (!response.ok || !body.data?.token)
        throw new Error(`POST /v1/link_tokens failed: ${JSON.stringify(body)}`)
      return body.data.token
    }
    const urlFor = (
      variant: { mode: Variant['mode'] | 'mounts'; preload: boolean },
      bundle = 'app',
    ) =>
      `${pages.origin}/?bundle=${bundle}&mode=${variant.mode}&preload=${variant.preload ? 1 : 0}&scriptUrl=${encodeURIComponent(scriptUrl)}`

    const openPage = async (variant: Variant): Promise<{ context: BrowserContext; page: Page }> => {
      const context = await (browser as Browser).newContext()
      const page = await context.newPage()
      await page.goto(urlFor(variant))
      await page.waitForFunction(() => (window as BenchWindow).bench !== undefined)
      return { context, page }
    }
    /** One click → open measurement on a page that is ready for it. */
    const measureOnce = async (page: Page): Promise<BenchTiming> => {
      await bench(page).prepare(await createToken())
      // Enabled once the script is ready (preloaded) — the button a user would click.
      await page.click('[data-bench-trigger]:not([disabled])', { timeout: 15_000 })
      await page.waitForFunction(
        () => ((window as BenchWindow).bench as BenchPageApi).timing() !== null,
        null,
        {
          timeout: 15_000,
          polling: 'raf',
        },
      )
      const timing = (await bench(page).timing()) as BenchTiming
      await bench(page).close()
      await page.waitForFunction(
        () => document.querySelector('iframe[data-pinwheel="modal"]') === null,
      )
      return timing
    }

    const timings: Record<string, BenchTiming[]> = Object.fromEntries(
      variants.map((v) => [v.id, []]),
    )
    // Preloaded: one page per variant, reused; variants interleaved so load on the machine hits both.
    const warm = await Promise.all(
      variants.filter((v) => v.preload).map(async (v) => ({ v, ...(await openPage(v)) })),
    )
    for (let i = 0; i < warmups + runs; i++) {
      for (const { v, page } of warm) {
        const timing = await measureOnce(page)
        if (i >= warmups) timings[v.id]?.push(timing)
      }
    }
    await Promise.all(warm.map(({ context }) => context.close()))
    // Cold: a new browser context (empty cache) per click, so the click pays for the script.
    for (let i = 0; i < warmups + runs; i++) {
      for (const v of variants.filter((variant) => !variant.preload)) {
        const { context, page } = await openPage(v)
        const timing = await measureOnce(page)
        if (i >= warmups) timings[v.id]?.push(timing)
        await context.close()
      }
    }

    // Section 5: script requests across mounts/unmounts, development build (StrictMode double mount).
    const countRequests = async (waitForReady: boolean) => {
      const context = await (browser as Browser).newContext()
      let requests = 0
      context.on('request', (request) => {
        if (request.url() === scriptUrl) requests++
      })
      const page = await context.newPage()
      await page.goto(urlFor({ mode: 'mounts', preload: false }, 'app-dev'))
      await page.waitForFunction(() => (window as BenchWindow).bench !== undefined)
      for (let i = 0; i < mountCycles; i++) {
        await bench(page).setMounted(true)
        if (waitForReady)
          await page.waitForSelector('[data-bench-trigger]:not([disabled])', { timeout: 15_000 })
        else await page.waitForSelector('[data-bench-trigger]', { timeout: 15_000 })
        await bench(page).setMounted(false)
        await page.waitForSelector('[data-bench-trigger]', { state: 'detached' })
      }
      // After the churn, Link must still open from a fresh mount.
      await bench(page).setMounted(true)
      const opened = await measureOnce(page).then(
        () => true,
        () => false,
      )
      const result = {
        requests,
        scriptTags: await bench(page).scriptTags(),
        openedAfterwards: opened,
      }
      await context.close()
      return result
    }
    const mounts = {
      waitForReady: await countRequests(true),
      immediate: await countRequests(false),
    }
    printWorkerResult({
      status: 'ok',
      runs,
      warmups,
      mountCycles,
      variants,
      timings,
      mounts,
      chromium: browser.version(),
      resolved: {
        react: resolvedFrom('@linkwheel/react'),
        mockApi: resolvedFrom('@linkwheel/mock-api'),
      },
    })
  } finally {
    await browser?.close()
    await pages.close()
    await api.close()
  }
}

await main()
