import { pageState } from '../../session/pageState'

/** What a value becomes in storage: plain JSON, nothing token-like, no cycles. */
export type StorableJson =
  | null
  | boolean
  | number
  | string
  | StorableJson[]
  | { [key: string]: StorableJson }

/** Replaces whatever looked like a secret. */
export const REDACTED = '[redacted]'

const maxDepth = 24
// Keys whose values are credentials whatever they hold (linkToken, api_secret, password, …).
const secretKey = /token|secret|passw(or)?d|jwt|authorization|api[-_]?key|credential/i
// A JWT (Link tokens are JWTs), API-key-shaped strings, and token-like URL query parameters.
const jwt = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g
const apiKey = /\b(?:sk|pk|pw|secret)_(?:live|test|sandbox)_[\w-]+/gi
const queryToken = /([?&#][^=&#\s]*(?:token|secret|jwt|key)[^=&#\s]*=)[^&#\s]*/gi

/**
 * The string with anything token-like replaced by {@link REDACTED}: JWT- and key-shaped text,
 * token query parameters, and the exact Link tokens this page handed to Link (whatever their
 * shape, so an opaque token a script echoes in a message is not stored either).
 */
export function redactString(value: string): string {
  if (value.length < 8) return value
  let out = value
  for (const token of pageState().usedTokens) {
    if (token.length >= 8 && out.includes(token)) out = out.split(token).join(REDACTED)
  }
  return out.replace(jwt, REDACTED).replace(apiKey, REDACTED).replace(queryToken, `$1${REDACTED}`)
}

/**
 * A JSON-safe deep copy for storage: token-like keys and strings redacted, bigint as a string,
 * functions and symbols left out, cycles and very deep nesting cut, throwing getters survived.
 * Link events hold no tokens; this is the defence for raw payloads of newer or hostile scripts.
 */
export function toStorableJson(value: unknown): StorableJson {
  return copy(value, new Set(), 0) ?? null
}

function copy(value: unknown, ancestors: Set<object>, depth: number): StorableJson | undefined {
  switch (typeof value) {
    case 'string':
      return redactString(value)
    case 'number':
      return Number.isFinite(value) ? value : null
    case 'boolean':
      return value
    case 'bigint':
      return value.toString()
    case 'object':
      break
    default:
      return undefined
  }
  if (value === null) return null
  if (ancestors.has(value)) return '[circular]'
  if (depth >= maxDepth) return '[too deep]'
  ancestors.add(value)
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
    if (Array.isArray(value)) {
      return value.map((item) => copy(item, ancestors, depth + 1) ?? null)
    }
    const out: { [key: string]: StorableJson } = {}
    for (const key of Object.keys(value)) {
      const item = secretKey.test(key)
        ? REDACTED
        : copy((value as Record<string, unknown>)[key], ancestors, depth + 1)
      // defineProperty, so that a "__proto__" key stays data and never becomes a prototype.
      if (item !== undefined) {
        Object.defineProperty(out, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        })
      }
    }
    return out
  } catch {
    return '[unreadable]'
  } finally {
    ancestors.delete(value)
  }
}
