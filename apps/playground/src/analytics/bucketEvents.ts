import { formatClock } from '../formatTime'

/** Events that fell in one time bucket. */
export interface EventBucket {
  /** Start of the bucket, epoch ms. */
  start: number
  /** Its clock time, for the axis. */
  label: string
  /** Events other than errors. */
  events: number
  /** `error` events. */
  errors: number
}

const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 86_400].map(
  (seconds) => seconds * 1000,
)

/**
 * Counts events per time bucket, the bucket the smallest round step (1 s, 2 s, 5 s, … 1 day) that
 * keeps the chart at `maxBuckets` bars or fewer. Empty buckets between events are kept, so the
 * x axis is linear in time.
 */
export function bucketEvents(
  events: readonly { at: number; name: string }[],
  maxBuckets = 24,
): EventBucket[] {
  if (events.length === 0) return []
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  for (const event of events) {
    first = Math.min(first, event.at)
    last = Math.max(last, event.at)
  }
  const step =
    steps.find(
      (candidate) => Math.floor(last / candidate) - Math.floor(first / candidate) < maxBuckets,
    ) ?? (steps.at(-1) as number)
  const origin = Math.floor(first / step) * step
  const buckets: EventBucket[] = []
  for (let start = origin; start <= last; start += step) {
    buckets.push({ start, label: formatClock(start), events: 0, errors: 0 })
  }
  for (const event of events) {
    const bucket = buckets[Math.floor((event.at - origin) / step)]
    if (!bucket) continue
    if (event.name === 'error') bucket.errors++
    else bucket.events++
  }
  return buckets
}
