import { createHash } from 'node:crypto'

/** A small seeded random source: the same seed always gives the same sequence. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T
}

/** 32-bit seed from any string (first four bytes of its SHA-256). */
function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0)
}

/**
 * A mulberry32 generator seeded from `seed` (e.g. an account id), so generated payroll data is the
 * same on every run and every machine.
 */
export function createPrng(seed: string): Prng {
  let state = seedOf(seed)
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick() needs a non-empty list')
      return item
    },
  }
}

/** A stable UUID (version 4 layout) derived from its parts, for record ids that must not change. */
export function deterministicUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex')
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
