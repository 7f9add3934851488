import type { PackageBuildState } from './ensurePackagesBuilt'
import type { BenchTiming } from './page/BenchPageApi'
import { runWorker } from './runWorker'
import { type SectionResult, skippedSection } from './SectionResult'

const latencyTitle = '4. Open latency in Chromium (click → modal shown and `open` recorded)'
const latencyMethod =
  'Headless Debian Chromium (Playwright, flags from vitest.shared.ts). The mock API ' +
  '(`startMockPinwheelApi`, random port) serves the sandbox Link script `/link/pinwheel.js` and its ' +
  'frame; a test page bundled by esbuild (React 19 production build + `@linkwheel/react` dist) is ' +
  'served from another origin. Each run: a fresh Link token from `POST /v1/link_tokens`, a Playwright ' +
  'click, then time from the click event `timeStamp` until both the modal iframe is in the document ' +
  'with a laid-out box and the `open` event has reached the app (a store record via ' +
  '`subscribeToLinkEvents` for `<PinwheelLink>`; `onEvent` for the direct call); then close and wait ' +
  'for the iframe to go. Preloaded: one page per variant, script loaded before the click (button ' +
  'enabled), variants interleaved. Not loaded: a new browser context (empty cache) per run; the click ' +
  "renders linkwheel's `<PinwheelModal open>` (controlled), or the official wrapper " +
  '`<PinwheelModal open>` (`@pinwheel/react-modal` 3.0.0), both with `_srcUrl` set to the sandbox ' +
  'script, or injects the script ' +
  'tag then calls `window.Pinwheel.open`. 2 warm-up runs dropped, then 20 measured.'
const requestsTitle = '5. Script requests across 50 mounts/unmounts of `<PinwheelLink>`'
const requestsMethod =
  'Same servers and Chromium; the test page in its development build under `<StrictMode>` (effects ' +
  'mount, unmount, mount). 50 cycles of mounting `<PinwheelLink>` and unmounting it, either waiting ' +
  'for the script to be ready each time or unmounting as soon as it rendered; every browser request ' +
  'for the script URL is counted (`context.on("request")`), and the `<script>` tags left in the ' +
  'document. Then one more mount must still open Link.'

type BrowserResult =
  | { status: 'skipped'; reason: string }
  | {
      status: 'ok'
      runs: number
      variants: { id: string; label: string }[]
      timings: Record<string, BenchTiming[]>
      mounts: Record<
        'waitForReady' | 'immediate',
        { requests: number; scriptTags: number; openedAfterwards: boolean }
      >
      chromium: string
      resolved: Record<string, string>
    }

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.ceil(position)
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low)
}
const ms = (value: number) => `${value.toFixed(1)} ms`
/** Median start and end of the script fetch the click caused, or `preloaded` when none was. */
function fetchSpan(timings: BenchTiming[]): string {
  const starts = timings.flatMap((t) =>
    t.scriptFetchStartMs === null ? [] : [t.scriptFetchStartMs],
  )
  const ends = timings.flatMap((t) => (t.scriptFetchEndMs === null ? [] : [t.scriptFetchEndMs]))
  if (starts.length === 0) return 'preloaded'
  return `${ms(quantile(starts, 0.5))} / ${ms(quantile(ends, 0.5))}`
}

/** Sections 4 and 5: open latency and script requests, measured in Chromium. */
export async function benchBrowser(builds: readonly PackageBuildState[]): Promise<SectionResult[]> {
  const missing = builds.filter((b) => !b.fresh)
  if (missing.length > 0) {
    const reason = missing.map((b) => `@linkwheel/${b.name}: ${b.problem}`).join('; ')
    return [
      skippedSection('openLatency', latencyTitle, latencyMethod, reason),
      skippedSection('scriptRequests', requestsTitle, requestsMethod, reason),
    ]
  }
  const result = await runWorker<BrowserResult>('browserWorker.ts', { timeoutMs: 480_000 })
  if (result.status === 'skipped') {
    return [
      skippedSection('openLatency', latencyTitle, latencyMethod, result.reason),
      skippedSection('scriptRequests', requestsTitle, requestsMethod, result.reason),
    ]
  }
  const median = (id: string) =>
    quantile(
      (result.timings[id] ?? []).map((t) => t.totalMs),
      0.5,
    )
  const latencyRows = result.variants.map((variant) => {
    const timings = result.timings[variant.id] ?? []
    const totals = timings.map((t) => t.totalMs)
    return [
      variant.label,
      timings.length,
      ms(quantile(totals, 0.5)),
      ms(quantile(totals, 0.1)),
      ms(quantile(totals, 0.9)),
      ms(
        quantile(
          timings.map((t) => t.iframeMs),
          0.5,
        ),
      ),
      ms(
        quantile(
          timings.map((t) => t.openEventMs),
          0.5,
        ),
      ),
      fetchSpan(timings),
    ]
  })
  const gap = (component: string, direct: string) => {
    const difference = median(component) - median(direct)
    return `${difference >= 0 ? '+' : ''}${difference.toFixed(1)} ms`
  }
  const mountRows = (['waitForReady', 'immediate'] as const).map((key) => {
    const m = result.mounts[key]
    return [
      key === 'waitForReady' ? 'mount, wait until ready, unmount' : 'mount, unmount at once',
      50,
      m.requests,
      m.scriptTags,
      m.openedAfterwards ? 'yes' : 'NO',
    ]
  })
  const totalRequests = Object.values(result.mounts).map((m) => m.requests)
  return [
    {
      id: 'openLatency',
      title: latencyTitle,
      status: 'ok',
      reason: null,
      method: latencyMethod,
      columns: [
        'variant',
        'runs',
        'median',
        'p10',
        'p90',
        'median to iframe',
        'median to `open` event',
        'median to script fetch start / end',
      ],
      rows: latencyRows,
      notes: [
        `\`<PinwheelLink>\` minus direct call, medians: ${gap('component-preloaded', 'direct-preloaded')} preloaded, ${gap('component-cold', 'direct-cold')} with the script not loaded (target: within a few ms).`,
        `\`<PinwheelLink>\` minus the official \`@pinwheel/react-modal\` (also React, same page build), medians: ${gap('component-preloaded', 'peer-preloaded')} preloaded, ${gap('component-cold', 'peer-cold')} with the script not loaded. The direct call runs no React at all; the wrapper shows what rendering Link from React costs anyway.`,
        `Chromium ${result.chromium}; modules: ${Object.entries(result.resolved)
          .map(([k, v]) => `${k} → ${v}`)
          .join(', ')}.`,
      ],
      data: { timings: result.timings, variants: result.variants },
    },
    {
      id: 'scriptRequests',
      title: requestsTitle,
      status: 'ok',
      reason: null,
      method: requestsMethod,
      columns: [
        'cycle',
        'cycles',
        'script requests',
        '`<script>` tags left',
        'Link opens afterwards',
      ],
      rows: mountRows,
      notes: [
        `Target: one request per page: ${totalRequests.every((n) => n === 1) ? 'met' : `MISSED (${totalRequests.join(', ')})`}.`,
      ],
      data: result.mounts,
    },
  ]
}
