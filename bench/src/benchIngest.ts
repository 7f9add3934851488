import type { PackageBuildState } from './ensurePackagesBuilt'
import { runWorker } from './runWorker'
import { type SectionResult, skippedSection } from './SectionResult'

const id = 'ingest'
const title = '2. Event store ingest (100,000 events)'
const method =
  'A fresh Node process (`--expose-gc`, NODE_ENV=production) replays a 10-event connect flow ' +
  '(open … success, exit), a new session id every flow (10,000 sessions), through the public API ' +
  '`createLinkEventStore().getState().record(sessionId, event)` with default options ' +
  '(maxEvents 1000). Baseline, same process, same events: `array.push({ ...event, id, seq, sessionId, at })` ' +
  'onto a plain array that keeps everything. events/s = 100,000 ÷ time spent in the loop (median of ' +
  '3 runs; heap sampling excluded). Heap = `process.memoryUsage().heapUsed` after two `gc()` calls, ' +
  'minus the same figure before the structure was created, while it is still referenced.'

interface IngestRun {
  eventsPerSecond: number
  heapUsedAfter: number
  heapAt: Record<string, number>
  held: number
}
type IngestResult =
  | { status: 'skipped'; reason: string }
  | {
      status: 'ok'
      total: number
      checkpoints: number[]
      array: IngestRun
      store: IngestRun & { state: { events: number; sessions: number; dropped: number } | null }
      resolved: string
    }

const kib = (bytes: number | undefined): string =>
  bytes === undefined
    ? '–'
    : `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KiB`

/** Section 2: store ingest throughput and memory against a plain array. */
export async function benchIngest(builds: readonly PackageBuildState[]): Promise<SectionResult> {
  const core = builds.find((b) => b.name === 'core')
  if (core && !core.fresh)
    return skippedSection(id, title, method, `@linkwheel/core: ${core.problem}`)
  const result = await runWorker<IngestResult>('ingestWorker.ts')
  if (result.status === 'skipped') return skippedSection(id, title, method, result.reason)
  const { array, store, checkpoints } = result
  const heapColumns = checkpoints.map((n) => `heap @ ${n.toLocaleString('en-US')}`)
  const flat = (store.heapAt[100_000] ?? 0) - (store.heapAt[10_000] ?? 0)
  return {
    id,
    title,
    status: 'ok',
    reason: null,
    method,
    columns: [
      'structure',
      'events/s (median of 3)',
      ...heapColumns,
      'process heapUsed after',
      'items kept',
    ],
    rows: [
      [
        '`createLinkEventStore().record` (maxEvents 1000)',
        Math.round(store.eventsPerSecond),
        ...checkpoints.map((n) => kib(store.heapAt[n])),
        kib(store.heapUsedAfter),
        store.held,
      ],
      [
        'plain array push (baseline)',
        Math.round(array.eventsPerSecond),
        ...checkpoints.map((n) => kib(array.heapAt[n])),
        kib(array.heapUsedAfter),
        array.held,
      ],
    ],
    notes: [
      `Store throughput is ${(store.eventsPerSecond / array.eventsPerSecond).toFixed(3)}× the array's ` +
        `(${(array.eventsPerSecond / store.eventsPerSecond).toFixed(1)}× slower): each record copies the bounded buffer and the session summary immutably so subscribers see a new state.`,
      `Heap after 100,000 events: store ${kib(store.heapAt[100_000])} vs array ${kib(array.heapAt[100_000])}. ` +
        `Store heap change from 10k to 100k events: ${kib(flat)} (flat once maxEvents is reached).`,
      store.state
        ? `Store at the end: ${store.state.events} events kept, ${store.state.dropped.toLocaleString('en-US')} dropped, ${store.state.sessions} session summaries kept.`
        : 'Store state at the end not read.',
      `Module: @linkwheel/core → ${result.resolved}.`,
      ...([store, array].some((run) => checkpoints.some((n) => (run.heapAt[n] ?? 0) < 0))
        ? [
            "WARNING: a heap figure is negative, so memory freed by another structure was counted: do not use this run's heap columns.",
          ]
        : []),
    ],
    data: result,
  }
}
