import type { DataJob } from '../data/dataTypes.js'
import type { SyncResult } from '../data/syncAccountData.js'
import type { AccountRecord } from '../internal/state.js'
import type { JobDetails } from './emitJobWebhook.js'

/**
 * The success report of a data job: for `paystubs` / `shifts`, the ids added and deleted and
 * `params { count, sync_status }` (records on the account after the run; the sandbox always
 * syncs in one run, so `complete`).
 */
export function dataJobDetails(
  account: AccountRecord,
  job: DataJob,
  result: SyncResult,
): JobDetails {
  if (job !== 'paystubs' && job !== 'shifts') return { outcome: 'success' }
  return {
    outcome: 'success',
    added: result.added,
    deleted: result.deleted,
    params: { count: account[job]?.length ?? 0, sync_status: 'complete' },
  }
}
