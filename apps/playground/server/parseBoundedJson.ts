/** Limits of {@link parseBoundedJson}. */
export interface JsonBounds {
  /** Deepest nesting of arrays and objects accepted. @default 32 */
  maxDepth?: number
  /** Longest text accepted, in UTF-16 code units. @default 1_048_576 */
  maxLength?: number
}

/** JSON refused by {@link parseBoundedJson}: `code` says why. */
export class BoundedJsonError extends Error {
  /** `too_deep`, `too_long` or `invalid_json`. */
  readonly code: 'too_deep' | 'too_long' | 'invalid_json'
  constructor(code: BoundedJsonError['code'], message: string) {
    super(message)
    this.name = 'BoundedJsonError'
    this.code = code
  }
}

/** How deep the arrays and objects of a JSON text nest, read without parsing (strings skipped). */
function nestingDepth(text: string, stopAbove: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 0x5c)
        i++ // backslash: skip the escaped character
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x5b || char === 0x7b) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > stopAbove) return deepest
    } else if (char === 0x5d || char === 0x7d) depth--
  }
  return deepest
}

/**
 * `JSON.parse` that refuses, before parsing, texts longer than `maxLength` or nesting deeper than
 * `maxDepth` (what would later break `JSON.stringify`, storage or the page).
 *
 * @throws {BoundedJsonError}
 */
export function parseBoundedJson(text: string, bounds: JsonBounds = {}): unknown {
  const maxLength = bounds.maxLength ?? 1_048_576
  const maxDepth = bounds.maxDepth ?? 32
  if (text.length > maxLength) {
    throw new BoundedJsonError('too_long', `The JSON is longer than ${maxLength} characters.`)
  }
  if (nestingDepth(text, maxDepth) > maxDepth) {
    throw new BoundedJsonError(
      'too_deep',
      `The JSON nests arrays or objects more than ${maxDepth} levels deep.`,
    )
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new BoundedJsonError('invalid_json', 'The body is not valid JSON.')
  }
}
