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

/**
 * Structural equality of plain data (arrays, plain or null-prototype objects, primitives): arrays
 * and objects alike by their own keys, an array never equal to an object.
 */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) &&
        isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  )
}
