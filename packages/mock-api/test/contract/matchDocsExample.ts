/** Options of {@link matchDocsExample}. */
export interface MatchOptions {
  /** Dotted paths where the mock may answer `null` for the example's value. */
  nullable?: string[]
  /** Every object must have exactly the example's keys, no more. */
  exactKeys?: boolean
}

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/**
 * Compares a mock answer with a docs example by shape: every key of the example is present with a
 * value of the same JSON type (array items against the example's first item). Returns the
 * mismatches, empty when the answer fits.
 */
export function matchDocsExample(
  actual: unknown,
  example: unknown,
  options: MatchOptions = {},
  path = '',
): string[] {
  const here = path || '(root)'
  if (actual === null && options.nullable?.includes(path)) return []
  if (kind(actual) !== kind(example))
    return [`${here}: expected ${kind(example)}, got ${kind(actual)}`]
  if (Array.isArray(example) && Array.isArray(actual)) {
    if (example.length === 0) return []
    return actual.flatMap((item, i) =>
      matchDocsExample(item, example[0], options, `${path}.${i}`.replace(/^\./, '')),
    )
  }
  if (kind(example) !== 'object') return []
  const want = example as Record<string, unknown>
  const got = actual as Record<string, unknown>
  const problems = Object.keys(want).flatMap((key) => {
    const child = path ? `${path}.${key}` : key
    return key in got
      ? matchDocsExample(got[key], want[key], options, child)
      : [`${child}: missing`]
  })
  if (options.exactKeys) {
    for (const key of Object.keys(got))
      if (!(key in want)) problems.push(`${path ? `${path}.` : ''}${key}: not in the example`)
  }
  return problems
}

/** The value at a dotted path. */
export const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value)
