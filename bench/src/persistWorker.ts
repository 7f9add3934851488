/**
 * Section 6 worker: Chromium (Playwright, Debian's binary) runs the persistence bench page; a
 * frame on another site posts a burst of Link events to it, and the Chrome DevTools Protocol's
 * `TaskDuration` and `ThreadTime` metrics give the main thread's busy and CPU time for the burst.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import type { Browser, Page } from 'playwright'
import { chromiumArgs, chromiumPath } from '../../vitest.shared'
import type { PersistBenchApi } from './page/persistPage'
import { benchDir } from './paths'
import { resolvedFrom } from './resolvedFrom'
import { printWorkerResult } from './runWorker'
import { sampleLinkFlow } from './sampleLinkFlow'
import { serveBenchPage } from './serveBenchPage'

const burst = 3000
const runs = 7

/** The frame: says `ready`, then posts `burst` events (the sample flow, a session per flow). */
const frameScript = `
const flow = ${JSON.stringify(sampleLinkFlow)}
parent.postMessage('ready', '*')
addEventListener('message', (event) => {
  const count = event.data && event.data.burst
  for (let i = 0; i < count; i++) {
    const [eventName, payload] = flow[i % flow.length]
    const sessionId = 'session-' + Math.floor(i / flow.length)
    parent.postMessage({ type: 'PINWHEEL_EVENT', sessionId, eventName, payload }, '*')
  }
})`

async function buildPage(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(benchDir, 'src', 'page', 'persistPage.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('esbuild produced no persistence page bundle')
  return output.text
}

/** Main-thread busy time (ms) of one burst on a fresh page, and what the page wrote. */
async function measure(browser: Browser, url: string) {
  const context = await browser.newContext()
  const page: Page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => 'persistBench' in window)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  // TaskDuration: how long the main thread's tasks took; ThreadTime: the main thread's CPU time,
  // which time given to other processes of a busy machine does not inflate.
  const times = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    const ms = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000
    return { task: ms('TaskDuration'), cpu: ms('ThreadTime') }
  }
  // Warm the page up (code compiled, frame loaded) with a small burst first.
  await page.evaluate(() => (window as { persistBench?: PersistBenchApi }).persistBench?.burst(20))
  const before = await times()
  const result = await page.evaluate(
    (n) => (window as { persistBench?: PersistBenchApi }).persistBench?.burst(n),
    burst,
  )
  const after = await times()
  await context.close()
  return {
    mainThreadMs: after.task - before.task,
    mainThreadCpuMs: after.cpu - before.cpu,
    ...result,
  }
}

async function main(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    printWorkerResult({ status: 'skipped', reason: `no Chromium at ${chromiumPath}` })
    return
  }
  const { chromium } = await import('playwright')
  const pages = await serveBenchPage({ persist: await buildPage(), persistFrame: frameScript })
  // Another site (localhost vs 127.0.0.1), so the frame runs in its own process, as Link's does.
  const frameOrigin = pages.origin.replace('127.0.0.1', 'localhost')
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
    const modes = ['persist', 'memory', 'none'] as const
    const samples: Record<(typeof modes)[number], Awaited<ReturnType<typeof measure>>[]> = {
      persist: [],
      memory: [],
      none: [],
    }
    // Interleaved, so load on the shared machine hits every mode alike.
    for (let i = 0; i < runs; i++) {
      for (const mode of modes) {
        const url = `${pages.origin}/?bundle=persist&mode=${mode}&frameOrigin=${encodeURIComponent(frameOrigin)}`
        samples[mode].push(await measure(browser, url))
      }
    }
    printWorkerResult({
      status: 'ok',
      burst,
      runs,
      samples,
      chromium: browser.version(),
      resolved: resolvedFrom('@linkwheel/core'),
    })
  } finally {
    await browser?.close()
    await pages.close()
  }
}

await main()
