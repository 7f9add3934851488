/**
 * Section 2 worker (run by `runWorker` with `--expose-gc`): records 100,000 events through the
 * public store API and compares with pushing the same records onto a plain array.
 */
import { performance } from 'node:perf_hooks'
import { resolvedFrom } from './resolvedFrom'
import { printWorkerResult } from './runWorker'
import { sampleLinkFlow } from './sampleLinkFlow'

const total = 100_000
const checkpoints = [1_000, 10_000, 50_000, 100_000]
const repeats = 3

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('Run with node --expose-gc: the heap figures need a forced collection')

/**
 * Heap used once full collections stop freeing memory (within 64 KiB): one or two `gc()` calls are
 * not always enough, as the previous structure's garbage can still be counted right after them
 * (a run once measured the store's heap as negative: the array of the run before was freed later).
 */
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

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

interface Run {
  eventsPerSecond: number
  /** Heap retained by the structure at each checkpoint, in bytes. */
  heapAt: Record<number, number>
  /** Items the structure holds at the end. */
  held: number
  /** `heapUsed` of the whole process after the run (after gc, structure still referenced). */
  heapUsedAfter: number
}

/** Runs `step` for i in [0, total), timing only the loops and sampling the heap at checkpoints. */
function measure(setup: () => { step: (i: number) => void; held: () => number }): Run {
  const base = settledHeap()
  const { step, held } = setup()
  const heapAt: Record<number, number> = {}
  let elapsed = 0
  let i = 0
  for (const checkpoint of checkpoints) {
    const start = performance.now()
    for (; i < checkpoint; i++) step(i)
    elapsed += performance.now() - start
    heapAt[checkpoint] = settledHeap() - base
  }
  const heapUsedAfter = settledHeap()
  return { eventsPerSecond: total / (elapsed / 1000), heapAt, held: held(), heapUsedAfter }
}

async function main(): Promise<void> {
  const core = await import('@linkwheel/core').catch((error: unknown) => ({ error }))
  if ('error' in core || typeof core.createLinkEventStore !== 'function') {
    printWorkerResult({
      status: 'skipped',
      reason: '@linkwheel/core has no createLinkEventStore export (dist)',
    })
    return
  }
  const { createLinkEventStore, parsePinwheelEvent } = core
  const flow = sampleLinkFlow.map(([name, payload]) => parsePinwheelEvent(name, payload))
  // A new session every flow: 10,000 sessions, so the session bound is exercised too.
  const sessionIds = Array.from({ length: total / flow.length }, (_, n) => `session-${n}`)
  const eventAt = (i: number) => flow[i % flow.length]!
  const sessionAt = (i: number) => sessionIds[Math.floor(i / flow.length)]!

  const arrayRuns: Run[] = []
  const storeRuns: Run[] = []
  let storeState: { events: number; sessions: number; dropped: number } | null = null
  for (let r = 0; r < repeats; r++) {
    arrayRuns.push(
      measure(() => {
        const records: object[] = []
        const now = Date.now
        return {
          step: (i) => {
            records.push({
              ...eventAt(i),
              id: `b:${i}`,
              seq: i + 1,
              sessionId: sessionAt(i),
              at: now(),
            })
          },
          held: () => records.length,
        }
      }),
    )
    storeRuns.push(
      measure(() => {
        const store = createLinkEventStore()
        const { record } = store.getState()
        return {
          step: (i) => {
            record(sessionAt(i), eventAt(i))
          },
          held: () => {
            const state = store.getState()
            storeState = {
              events: state.events.length,
              sessions: state.sessionIds.length,
              dropped: state.dropped,
            }
            return state.events.length
          },
        }
      }),
    )
  }
  const last = (runs: Run[]) => runs[runs.length - 1]!
  printWorkerResult({
    status: 'ok',
    total,
    repeats,
    checkpoints,
    array: {
      eventsPerSecond: median(arrayRuns.map((run) => run.eventsPerSecond)),
      heapAt: last(arrayRuns).heapAt,
      held: last(arrayRuns).held,
      heapUsedAfter: last(arrayRuns).heapUsedAfter,
    },
    store: {
      eventsPerSecond: median(storeRuns.map((run) => run.eventsPerSecond)),
      heapAt: last(storeRuns).heapAt,
      held: last(storeRuns).held,
      heapUsedAfter: last(storeRuns).heapUsedAfter,
      state: storeState,
    },
    resolved: resolvedFrom('@linkwheel/core'),
    allRuns: {
      array: arrayRuns.map((r) => r.eventsPerSecond),
      store: storeRuns.map((r) => r.eventsPerSecond),
    },
  })
}

await main()
