import { type DataJob, dataJobs } from '../data/dataTypes.js'
import type { AccountRecord, MonitoringStatus } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'

/** An account as `GET /v1/accounts/{id}` answers it. */
export interface PinwheelAccount {
  id: string
  created_at: string
  end_user_id: string | null
  link_token_id: string
  platform_id: string
  employer_id: string | null
  connected: boolean
  monitoring_status: MonitoringStatus
  /** Per job: when data was last checked for changes (`null`: never pulled). */
  data_refreshed_at: Record<DataJob, string | null>
  /** Per job: when data last changed (`null`: never pulled). */
  data_updated_at: Record<DataJob, string | null>
  /** `tags` of the Link token that created the account. */
  tags: Record<string, string>
  /** Banking platforms only; always `null` in the sandbox. */
  customer_id: string | null
  /** Resellers only; always `null` in the sandbox. */
  reseller_customer_id: string | null
}

const perJob = (times: Partial<Record<DataJob, Date>>) =>
  Object.fromEntries(
    dataJobs.map((job) => [job, times[job] ? toTimestamp(times[job]) : null]),
  ) as Record<DataJob, string | null>

/** The public JSON of an account. */
export function serializeAccount(account: AccountRecord): PinwheelAccount {
  return {
    id: account.id,
    created_at: toTimestamp(account.createdAt),
    end_user_id: account.endUserId,
    link_token_id: account.linkTokenId,
    platform_id: account.platformId,
    employer_id: account.employerId,
    connected: account.connected,
    monitoring_status: account.monitoringStatus,
    data_refreshed_at: perJob(account.refreshedAt),
    data_updated_at: perJob(account.updatedAt),
    tags: { ...account.tags },
    customer_id: null,
    reseller_customer_id: null,
  }
}
