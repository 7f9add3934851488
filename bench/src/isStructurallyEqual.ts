/**
 * Deep equality of plain data (primitives, arrays, plain objects), independent of key order. The
 * re-render bench uses it as the judge of "did the selected value change", stricter than the
 * hook's own equality, so a render it calls wasted really showed nothing new.
 */
export function isStructurallyEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  const bRecord = b as Record<string, unknown>
  return aKeys.every(
    (key) =>
      Object.hasOwn(bRecord, key) &&
      isStructurallyEqual((a as Record<string, unknown>)[key], bRecord[key]),
  )
}
