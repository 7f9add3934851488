import type { LinkEventRecord, LinkEventState } from '../types'
import { memoizeByInput } from './memoizeByInput'

/** Buffered records grouped by event name, each group oldest first; absent names had none. */
export type LinkEventsByName = {
  [Name in LinkEventRecord['name']]?: Extract<LinkEventRecord, { name: Name }>[]
}

const compute = /* @__PURE__ */ memoizeByInput((events: LinkEventRecord[]): LinkEventsByName => {
  const groups: Record<string, LinkEventRecord[]> = {}
  for (const record of events) {
    const group = groups[record.name]
    if (group) group.push(record)
    else groups[record.name] = [record]
  }
  return groups as LinkEventsByName
})

/**
 * The buffered records grouped by name (`unknown` included), typed per name so each group's
 * payloads are narrowed; `.length` gives the count. Covers the buffer only (`maxEvents`).
 * Memoised on `state.events`.
 *
 * @example
 * ```ts
 * const logins = selectEventsByName(store.getState()).login ?? []
 * logins[0]?.payload.accountId
 * ```
 */
export function selectEventsByName(state: LinkEventState): LinkEventsByName {
  return compute(state.events)
}
