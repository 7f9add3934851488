import type { LinkSessionSummary } from '../types'

type Sessions = Record<string, LinkSessionSummary>

/**
 * An immutable version of the session summaries, stored as a change on top of its parent so that
 * recording an event does not copy every summary. The plain object is built on first read
 * (walking back to the nearest built version) and eagerly once the chain is as long as the table, so reads stay
 * cheap and the chain stays bounded.
 */
export interface SessionTableVersion {
  parent: SessionTableVersion | null
  readonly id: string
  readonly summary: LinkSessionSummary | undefined
  readonly depth: number
  value: Sessions | undefined
}

const minChain = 64

/** A version whose plain object is `sessions` (used as is, never written to). */
export function versionOfObject(sessions: Sessions): SessionTableVersion {
  return { parent: null, id: '', summary: undefined, depth: 0, value: sessions }
}

/** The summaries of a version as a null-prototype object, built once per version. */
export function sessionsOf(version: SessionTableVersion): Sessions {
  if (version.value) return version.value
  const changes: SessionTableVersion[] = []
  let base: SessionTableVersion | null = version
  while (base && !base.value) {
    changes.push(base)
    base = base.parent
  }
  const latest = new Map<string, LinkSessionSummary | undefined>()
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i] as SessionTableVersion
    latest.set(change.id, change.summary)
  }
  // No prototype, so any id (`__proto__`, `constructor`) is a plain key. Rebuilt key by key
  // rather than spread-and-`delete`d, which would make a slow dictionary.
  const value: Sessions = Object.create(null)
  const from = base?.value ?? {}
  for (const id of Object.keys(from)) {
    if (!latest.has(id)) value[id] = from[id] as LinkSessionSummary
  }
  for (const [id, summary] of latest) if (summary) value[id] = summary
  version.value = value
  version.parent = null
  return value
}

/**
 * A new version with `summary` set for `id`, or `id` removed when `summary` is `undefined`. The
 * plain object is built eagerly once the chain is as long as the table (`size`), so building costs
 * O(1) per change, amortised, and the chain holds at most that many old summaries.
 */
export function withSummary(
  version: SessionTableVersion,
  id: string,
  summary: LinkSessionSummary | undefined,
  size = 0,
): SessionTableVersion {
  const next: SessionTableVersion = {
    parent: version,
    id,
    summary,
    depth: version.value ? 1 : version.depth + 1,
    value: undefined,
  }
  if (next.depth >= Math.max(minChain, size)) sessionsOf(next)
  return next
}
