import type { PackageBuildState } from './ensurePackagesBuilt'
import { runWorker } from './runWorker'
import { okSection, type SectionResult, skippedSection } from './SectionResult'

const id = 'ingest'
const title = '2. Event store ingest (100,000 events)'
const method =
  'Two fresh Node processes (`--expose-gc`, NODE_ENV=production), one per structure, so that one ' +
  "cannot free the other's memory. Each replays a 10-event connect flow (open … success, exit), a " +
  'new session id every flow (10,000 sessions). Store: the public API ' +
  '`createLinkEventStore().getState().record(sessionId, name, payload)` with default options ' +
  '(maxEvents 1000), which parses each raw event itself. Baseline: `array.push({ ...event, id, ' +
  'seq, sessionId, at })` of events parsed beforehand (outside the loop) onto a plain array that ' +
  'keeps everything. events/s = 100,000 ÷ time in the loop, median of 3 runs per process; CPU ' +
  "time (the process's user + system time, GC threads included) is the figure compared, as it " +
  'does not count time the shared machine gave to other processes; wall time is shown too. Heap = ' +
  '`heapUsed` after full collections stop freeing memory, minus the same before the structure ' +
  'was created, while it is still referenced.'

interface IngestRun {
  status: 'ok'
  eventsPerSecond: number
  eventsPerCpuSecond: number
  heapUsedAfter: number
  heapAt: Record<string, number>
  held: number
  checkpoints: number[]
  state: { events: number; sessions: number; dropped: number } | null
  allRuns: number[]
  resolved: string
}
type IngestResult = { status: 'skipped'; reason: string } | IngestRun

const kib = (bytes: number | undefined): string =>
  bytes === undefined
    ? '–'
    : `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KiB`

/** Section 2: store ingest throughput and memory against a plain array, each in its own process. */
export async function benchIngest(builds: readonly PackageBuildState[]): Promise<SectionResult> {
  const core = builds.find((b) => b.name === 'core')
  if (core && !core.fresh)
    return skippedSection(id, title, method, `@linkwheel/core: ${core.problem}`)
  const store = await runWorker<IngestResult>('ingestWorker.ts', { args: ['store'] })
  if (store.status === 'skipped') return skippedSection(id, title, method, store.reason)
  const array = await runWorker<IngestResult>('ingestWorker.ts', { args: ['array'] })
  if (array.status === 'skipped') return skippedSection(id, title, method, array.reason)
  const { checkpoints } = store
  const row = (label: string, run: IngestRun) => [
    label,
    Math.round(run.eventsPerCpuSecond),
    Math.round(run.eventsPerSecond),
    ...checkpoints.map((n) => kib(run.heapAt[n])),
    kib(run.heapUsedAfter),
    run.held,
  ]
  const ratio = store.eventsPerCpuSecond / array.eventsPerCpuSecond
  const flat = (store.heapAt[100_000] ?? 0) - (store.heapAt[10_000] ?? 0)
  const negative = [store, array].some((run) => checkpoints.some((n) => (run.heapAt[n] ?? 0) < 0))
  return okSection(id, title, method, {
    columns: [
      'structure',
      'events/s, CPU (median of 3)',
      'events/s, wall',
      ...checkpoints.map((n) => `heap @ ${n.toLocaleString('en-US')}`),
      'process heapUsed after',
      'items kept',
    ],
    rows: [
      row('`createLinkEventStore().record` (maxEvents 1000)', store),
      row('plain array push (baseline)', array),
    ],
    notes: [
      `Target: store ≥ 0.9× the array (CPU): ${ratio.toFixed(3)}×, ${ratio >= 0.9 ? 'met' : 'MISSED'} (wall: ${(store.eventsPerSecond / array.eventsPerSecond).toFixed(3)}×). Runs, events per CPU second: store ${store.allRuns.join(', ')}; array ${array.allRuns.join(', ')}.`,
      `Heap after 100,000 events: store ${kib(store.heapAt[100_000])} vs array ${kib(array.heapAt[100_000])}. Store heap change from 10k to 100k events: ${kib(flat)} (flat once maxEvents is reached).`,
      store.state
        ? `Store at the end: ${store.state.events} events kept, ${store.state.dropped.toLocaleString('en-US')} dropped, ${store.state.sessions} session summaries kept.`
        : 'Store state at the end not read.',
      `Module: @linkwheel/core → ${store.resolved}.`,
      ...(negative
        ? [
            "WARNING: a heap figure is negative, so memory freed by something else was counted: do not use this run's heap columns.",
          ]
        : []),
    ],
    data: { store, array },
  })
}
