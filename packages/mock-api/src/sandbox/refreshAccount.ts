import { type DataJob, dataJobs } from '../data/dataTypes.js'
import { syncAccountData } from '../data/syncAccountData.js'
import type { PinwheelApiFieldError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord } from '../internal/state.js'
import { addDays, toDateString } from '../internal/time.js'
import { dataJobDetails } from '../webhooks/dataJobDetails.js'
import { emitJobWebhook } from '../webhooks/emitJobWebhook.js'

/** Jobs whose data a sandbox refresh can be told to revise. */
export const revisableJobs = ['identity', 'employment', 'income', 'paystubs', 'shifts'] as const

/** A job a sandbox refresh can revise. */
export type RevisableJob = (typeof revisableJobs)[number]

/** What a refresh did to one job's data. */
export interface RefreshJobResult {
  changed: boolean
  added?: string[]
  deleted?: string[]
  /** The `<job>.added` event sent, or `null` (Monitoring only notifies on change). */
  event_id: string | null
}

/** Pay date or start date of the newest record within the last 30 days, if any. */
function newestRecentDate(dates: string[], now: Date): string | undefined {
  const from = toDateString(addDays(now, -30))
  const today = toDateString(now)
  return dates
    .filter((d) => d >= from && d <= today)
    .sort()
    .at(-1)
}

/**
 * Runs one Monitoring "daily refresh" of an account now: every job with data is pulled again,
 * `data_refreshed_at` always moves, `data_updated_at` and a `<job>.added` webhook only when data
 * changed. `revise` first makes the payroll source change (a paystub or shift within the last 30
 * days is replaced by a revised record; identity, employment or income fields change).
 */
export function refreshAccount(
  ctx: MockApiContext,
  account: AccountRecord,
  revise: readonly RevisableJob[],
):
  | { ok: true; jobs: Partial<Record<DataJob, RefreshJobResult>> }
  | { ok: false; fields: PinwheelApiFieldError[] } {
  const now = ctx.clock()
  const fields: PinwheelApiFieldError[] = []
  const bumps: (() => void)[] = []
  for (const job of new Set(revise)) {
    if (account.refreshedAt[job] === undefined) {
      fields.push({
        name: 'revise',
        message: `Account has no ${job} data to revise: run the ${job} job in Link first.`,
      })
      continue
    }
    if (job === 'paystubs' || job === 'shifts') {
      const dates =
        job === 'paystubs'
          ? (account.paystubs ?? []).map((r) => r.fields.pay_date)
          : (account.shifts ?? []).map((r) => r.fields.start_date)
      const date = newestRecentDate(dates, now)
      if (!date) {
        fields.push({
          name: 'revise',
          message: `Account has no ${job} record within the last 30 days to revise.`,
        })
        continue
      }
      const counters = account.revisions[job]
      bumps.push(() => {
        counters[date] = (counters[date] ?? 0) + 1
      })
    } else {
      bumps.push(() => {
        account.revisions[job] += 1
      })
    }
  }
  if (fields.length > 0) return { ok: false, fields }
  for (const bump of bumps) bump()
  const jobs: Partial<Record<DataJob, RefreshJobResult>> = {}
  for (const job of dataJobs) {
    if (account.refreshedAt[job] === undefined) continue
    const result = syncAccountData(account, job, now)
    const lists =
      job === 'paystubs' || job === 'shifts' ? { added: result.added, deleted: result.deleted } : {}
    const eventId = result.changed
      ? emitJobWebhook(ctx, account, job, null, dataJobDetails(account, job, result))
      : null
    jobs[job] = { changed: result.changed, ...lists, event_id: eventId }
  }
  return { ok: true, jobs }
}
