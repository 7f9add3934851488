import { median } from './median'
/**
 * Section 2 worker (run by `runWorker` with `--expose-gc`), one structure per process so that one
 * cannot free memory the other allocated: `ingestWorker.ts store` records 100,000 events through
 * the public store API, `ingestWorker.ts array` pushes the same records onto a plain array.
 */
import { resolvedFrom } from './resolvedFrom'
import { printWorkerResult } from './runWorker'
import { sampleLinkFlow } from './sampleLinkFlow'

const total = 100_000
const checkpoints = [1_000, 10_000, 50_000, 100_000]
const repeats = 3

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('Run with node --expose-gc: the heap figures need a forced collection')

/** Heap used once full collections stop freeing memory (within 64 KiB). */
function settledHeap(): number {
  let previous = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < 10; attempt++) {
    gc?.()
    const used = process.memoryUsage().heapUsed
    if (used > previous - 64 * 1024) return Math.min(used, previous)
    previous = used
  }
  return previous
}

/** CPU time of this process (user + system) in ms: steadier than wall time on a shared machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** One run: events/s (wall and CPU) and the heap the structure holds at each checkpoint. */
interface Run {
  eventsPerSecond: number
  eventsPerCpuSecond: number
  heapAt: Record<number, number>
  held: number
  heapUsedAfter: number
}

/** Runs `step` for i in [0, total), timing only the loops and sampling the heap at checkpoints. */
function measure(setup: () => { step: (i: number) => void; held: () => number }): Run {
  const base = settledHeap()
  const { step, held } = setup()
  const heapAt: Record<number, number> = {}
  let wall = 0
  let cpu = 0
  let i = 0
  for (const checkpoint of checkpoints) {
    const wallStart = performance.now()
    const cpuStart = cpuMs()
    for (; i < checkpoint; i++) step(i)
    cpu += cpuMs() - cpuStart
    wall += performance.now() - wallStart
    heapAt[checkpoint] = settledHeap() - base
  }
  return {
    eventsPerSecond: total / (wall / 1000),
    eventsPerCpuSecond: total / (cpu / 1000),
    heapAt,
    held: held(),
    heapUsedAfter: settledHeap(),
  }
}

async function main(): Promise<void> {
  const structure = process.argv[2]
  if (structure !== 'store' && structure !== 'array') {
    throw new Error('Usage: ingestWorker.ts store|array')
  }
  const core = await import('@linkwheel/core').catch((error: unknown) => ({ error }))
  if ('error' in core || typeof core.createLinkEventStore !== 'function') {
    printWorkerResult({
      status: 'skipped',
      reason: '@linkwheel/core has no createLinkEventStore (dist)',
    })
    return
  }
  const { createLinkEventStore, parsePinwheelEvent } = core
  // A new session every flow: 10,000 sessions, so the session bound is exercised too.
  const sessionIds = Array.from({ length: total / sampleLinkFlow.length }, (_, n) => `session-${n}`)
  const sessionAt = (i: number) => sessionIds[Math.floor(i / sampleLinkFlow.length)] as string
  const rawAt = (i: number) =>
    sampleLinkFlow[i % sampleLinkFlow.length] as (typeof sampleLinkFlow)[0]
  // The baseline gets the events already parsed: the store's record() parses them itself.
  const parsed = sampleLinkFlow.map(([name, payload]) => parsePinwheelEvent(name, payload))

  const runs: Run[] = []
  let state: { events: number; sessions: number; dropped: number } | null = null
  for (let r = 0; r < repeats; r++) {
    runs.push(
      structure === 'array'
        ? measure(() => {
            const records: object[] = []
            return {
              step: (i) => {
                records.push({
                  ...parsed[i % parsed.length],
                  id: `b:${i}`,
                  seq: i + 1,
                  sessionId: sessionAt(i),
                  at: Date.now(),
                })
              },
              held: () => records.length,
            }
          })
        : measure(() => {
            const store = createLinkEventStore()
            const { record } = store.getState()
            return {
              step: (i) => {
                const [name, payload] = rawAt(i)
                record(sessionAt(i), name, payload)
              },
              held: () => {
                const now = store.getState()
                state = {
                  events: now.events.length,
                  sessions: now.sessionIds.length,
                  dropped: now.dropped,
                }
                return now.events.length
              },
            }
          }),
    )
  }
  const last = runs[runs.length - 1] as Run
  printWorkerResult({
    status: 'ok',
    structure,
    total,
    repeats,
    checkpoints,
    eventsPerSecond: median(runs.map((run) => run.eventsPerSecond)),
    eventsPerCpuSecond: median(runs.map((run) => run.eventsPerCpuSecond)),
    heapAt: last.heapAt,
    held: last.held,
    heapUsedAfter: last.heapUsedAfter,
    state,
    allRuns: runs.map((run) => Math.round(run.eventsPerCpuSecond)),
    resolved: resolvedFrom('@linkwheel/core'),
  })
}

await main()
