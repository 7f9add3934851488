import { describe, expect, it } from 'vitest'
import { bucketEvents } from './bucketEvents'

describe('bucketEvents', () => {
  it('returns no bucket for no event', () => {
    expect(bucketEvents([])).toEqual([])
  })

  it('counts events and errors per second when the events span a few seconds', () => {
    const at = Date.UTC(2026, 0, 1, 12, 0, 0)
    const buckets = bucketEvents([
      { at, name: 'open' },
      { at: at + 400, name: 'screen_transition' },
      { at: at + 2100, name: 'error' },
      { at: at + 2500, name: 'exit' },
    ])
    expect(buckets.map(({ events, errors }) => [events, errors])).toEqual([
      [2, 0],
      [0, 0],
      [1, 1],
    ])
    expect(buckets[1]!.start - buckets[0]!.start).toBe(1000)
  })

  it('widens the bucket to a round step so a long span stays within the bar limit', () => {
    const at = Date.UTC(2026, 0, 1, 12, 0, 0)
    const buckets = bucketEvents(
      [
        { at, name: 'open' },
        { at: at + 10 * 60_000, name: 'exit' },
      ],
      24,
    )
    expect(buckets.length).toBeLessThanOrEqual(24)
    expect(buckets[1]!.start - buckets[0]!.start).toBe(30_000)
    expect(buckets.reduce((sum, bucket) => sum + bucket.events, 0)).toBe(2)
  })
})
