/**
 * Memoises a derivation on the identity of its input (a slice of immutable state), per input in a
 * WeakMap so several stores never evict each other. When a new input yields a result structurally
 * equal to the previous one, the previous object is returned, so `useStore(store, selector)`
 * re-renders only when the derived data really changed.
 */
export function memoizeByInput<Input extends object, Result>(
  compute: (input: Input) => Result,
): (input: Input) => Result {
  const cache = new WeakMap<Input, { result: Result }>()
  let last: { result: Result } | undefined
  return (input) => {
    let entry = cache.get(input)
    if (!entry) {
      const result = compute(input)
      entry = last && isDeepEqual(last.result, result) ? last : { result }
      cache.set(input, entry)
    }
    last = entry
    return entry.result
  }
}

/** Structural equality of plain data (arrays, plain or null-prototype objects, primitives). */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!isDeepEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  for (const key of aKeys) {
    if (!Object.hasOwn(b, key)) return false
    if (!isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false
  }
  return true
}
