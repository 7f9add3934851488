import type { PackageBuildState } from './ensurePackagesBuilt'
import { median } from './median'
import { runWorker, type WorkerResult } from './runWorker'
import { okSection, type SectionResult, skippedSection } from './SectionResult'

const id = 'persistence'
const title = '6. Persistence: a burst of 3,000 Link events (Chromium)'
const method =
  'Chromium (headless, Playwright) opens a page (production build of `@linkwheel/core` dist) whose ' +
  'store records every `PINWHEEL_EVENT` message a frame on another site posts, as the real Link ' +
  'frame does. The frame posts 3,000 events at once (the sample connect flow, a session per flow). ' +
  'With persistence the store has `persistLinkEvents()` (sessionStorage); the controls keep it in ' +
  'memory, or only count the messages (no store: what receiving them costs anyway). ' +
  "Main-thread time = the DevTools Protocol's `ThreadTime` metric (the main thread's CPU time, " +
  'which time the shared machine gives other processes does not inflate; `TaskDuration`, the ' +
  'wall time of its tasks, is shown too) from before the burst until the store holds every ' +
  'event and (with persistence) storage holds the last one. A fresh browser context per run, ' +
  'after a 20-event warm-up burst; 7 runs of each, interleaved; median.'

interface Sample {
  mainThreadMs: number
  mainThreadCpuMs: number
  writes: number
  bytes: number
  events: number
}
type PersistResult = WorkerResult<{
  burst: number
  runs: number
  samples: { persist: Sample[]; memory: Sample[]; none: Sample[] }
  chromium: string
  resolved: string
}>

const ms = (value: number): string => `${value.toFixed(1)} ms`

/** Section 6: main-thread cost of persisting a burst of events in Chromium. */
export async function benchPersistence(
  builds: readonly PackageBuildState[],
): Promise<SectionResult> {
  const core = builds.find((b) => b.name === 'core')
  if (core && !core.fresh)
    return skippedSection(id, title, method, `@linkwheel/core: ${core.problem}`)
  const result = await runWorker<PersistResult>('persistWorker.ts', { timeoutMs: 600_000 })
  if (result.status === 'skipped') return skippedSection(id, title, method, result.reason)
  const { persist, memory, none } = result.samples
  const persistMs = median(persist.map((s) => s.mainThreadCpuMs))
  const memoryMs = median(memory.map((s) => s.mainThreadCpuMs))
  const noneMs = median(none.map((s) => s.mainThreadCpuMs))
  const linkwheelMs = persistMs - noneMs
  const row = (label: string, samples: Sample[]) => [
    label,
    ms(median(samples.map((s) => s.mainThreadCpuMs))),
    samples.map((s) => s.mainThreadCpuMs.toFixed(0)).join(', '),
    ms(median(samples.map((s) => s.mainThreadMs))),
    median(samples.map((s) => s.writes)),
    samples[0]?.events ?? 0,
  ]
  return okSection(id, title, method, {
    columns: [
      'store',
      'main thread CPU (median)',
      'runs (ms)',
      'task time (median)',
      'storage writes',
      'events kept',
    ],
    rows: [
      row('`createLinkEventStore({ persist: persistLinkEvents() })`', persist),
      row('`createLinkEventStore()` (in memory, control)', memory),
      row('no store: messages counted only (control)', none),
    ],
    notes: [
      `Target: the ${result.burst.toLocaleString('en-US')}-event burst costs under 100 ms of main-thread CPU time for recording and persisting (with persistence minus no store): ${ms(linkwheelMs)}, ${linkwheelMs < 100 ? 'met' : 'MISSED'}; of it, recording ${ms(memoryMs - noneMs)} and persisting ${ms(persistMs - memoryMs)}. Receiving the 3,000 messages costs ${ms(noneMs)} with no store at all; the whole burst with persistence ${ms(persistMs)}.`,
      `Last write: ${(median(persist.map((s) => s.bytes)) / 1024).toFixed(0)} KiB of JSON. Chromium ${result.chromium}; module: @linkwheel/core → ${result.resolved}.`,
    ],
    data: result,
  })
}
