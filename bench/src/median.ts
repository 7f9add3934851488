/** The middle value of `values` (the upper one of an even count); `empty` when there are none. */
export function median(values: readonly number[], empty = Number.NaN): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? empty
}
