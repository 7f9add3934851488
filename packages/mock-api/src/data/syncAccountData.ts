import { sandboxEmployers } from '@linkwheel/sandbox-link'
import { createPrng } from '../internal/deterministic.js'
import type { AccountRecord, StoredObject, StoredRecord } from '../internal/state.js'
import type { AllocationsFields, DataJob } from './dataTypes.js'
import { generatePaystubs } from './generatePaystubs.js'
import { generateProfile } from './generateProfile.js'
import { generateShifts } from './generateShifts.js'

/** What one pull of a job's data found. */
export interface SyncResult {
  /** True when stored data changed (and `data_updated_at` moved). */
  changed: boolean
  /** Paystub / shift ids added by this pull. */
  added: string[]
  /** Paystub / shift ids deleted by this pull. */
  deleted: string[]
}

function employerName(account: AccountRecord): string {
  const known = sandboxEmployers.find((e) => e.id === account.employerId)
  if (known) return known.name
  const onPlatform = sandboxEmployers.filter((e) => e.platformId === account.platformId)
  return createPrng(`employer:${account.id}`).pick(
    onPlatform.length > 0 ? onPlatform : sandboxEmployers,
  ).name
}

function allocations(account: AccountRecord): AllocationsFields {
  const prng = createPrng(`allocations:${account.id}`)
  const existing = {
    account_type: 'checking',
    account_number_last4: String(prng.int(1000, 9999)),
    routing_number_last4: String(prng.int(1000, 9999)),
  }
  const latest = account.depositSwitches.at(-1)
  if (!latest)
    return { allocations: [{ ...existing, type: 'remainder', value: null, priority: 1 }] }
  const target = {
    account_type: latest.target.account_type,
    account_number_last4: latest.target.account_number.slice(-4),
    routing_number_last4: latest.target.routing_number.slice(-4),
  }
  if (latest.action === 'full_switch' || !latest.allocation) {
    return { allocations: [{ ...target, type: 'remainder', value: null, priority: 1 }] }
  }
  if (latest.allocation.type === 'remainder') {
    return {
      allocations: [
        { ...existing, type: 'amount', value: 20_000, priority: 1 },
        { ...target, type: 'remainder', value: null, priority: 2 },
      ],
    }
  }
  return {
    allocations: [
      { ...target, type: latest.allocation.type, value: latest.allocation.value, priority: 1 },
      { ...existing, type: 'remainder', value: null, priority: 2 },
    ],
  }
}

function syncObject<T>(stored: StoredObject<T> | undefined, fields: T, now: Date): StoredObject<T> {
  if (!stored) return { fields, createdAt: now, updatedAt: now }
  if (JSON.stringify(stored.fields) === JSON.stringify(fields)) return stored
  return { fields, createdAt: stored.createdAt, updatedAt: now }
}

function syncList<T extends { id: string }>(
  stored: StoredRecord<T>[] | undefined,
  generated: T[],
  now: Date,
): { list: StoredRecord<T>[]; added: string[]; deleted: string[] } {
  const before = new Map((stored ?? []).map((r) => [r.fields.id, r]))
  const fresh = new Set(generated.map((r) => r.id))
  const list = generated.map((fields) => before.get(fields.id) ?? { fields, createdAt: now })
  return {
    list,
    added: generated.filter((r) => !before.has(r.id)).map((r) => r.id),
    deleted: [...before.keys()].filter((id) => !fresh.has(id)),
  }
}

/**
 * Pulls one job's data for an account as of `now` (the account's generator is deterministic, so
 * only time and revision counters change it), stores it, and moves `data_refreshed_at` always and
 * `data_updated_at` only when something changed. Stored paystubs and shifts are never edited: a
 * changed record is deleted and its replacement added.
 */
export function syncAccountData(account: AccountRecord, job: DataJob, now: Date): SyncResult {
  const profile = generateProfile(
    account.id,
    account.createdAt,
    employerName(account),
    account.revisions,
  )
  const firstPull = account.refreshedAt[job] === undefined
  let result: SyncResult = { changed: false, added: [], deleted: [] }
  const changedWhen = <T>(before: StoredObject<T> | undefined, after: StoredObject<T>) => {
    result = { ...result, changed: before !== after }
    return after
  }
  if (job === 'identity') {
    account.identity = changedWhen(
      account.identity,
      syncObject(account.identity, profile.identity, now),
    )
  } else if (job === 'employment') {
    account.employment = changedWhen(
      account.employment,
      syncObject(account.employment, profile.employment, now),
    )
  } else if (job === 'income') {
    account.income = changedWhen(account.income, syncObject(account.income, profile.income, now))
  } else if (job === 'direct_deposit_allocations') {
    const fields = allocations(account)
    const stored = account.directDepositAllocations
    account.directDepositAllocations = changedWhen(stored, syncObject(stored, fields, now))
  } else {
    // Paystubs and shifts: regenerate the list as of `now`, keep stored records, count the changes.
    const pullList = <T extends { id: string }>(
      stored: StoredRecord<T>[] | undefined,
      generate: (...args: Parameters<typeof generatePaystubs>) => T[],
      revisions: Record<string, number>,
    ): StoredRecord<T>[] => {
      const generated = generate(account.id, account.createdAt, now, profile.income, revisions)
      const { list, added, deleted } = syncList(stored, generated, now)
      result = { changed: firstPull || added.length + deleted.length > 0, added, deleted }
      return list
    }
    if (job === 'paystubs') {
      account.paystubs = pullList(account.paystubs, generatePaystubs, account.revisions.paystubs)
    } else {
      account.shifts = pullList(account.shifts, generateShifts, account.revisions.shifts)
    }
  }
  account.refreshedAt[job] = now
  if (result.changed) account.updatedAt[job] = now
  return result
}
