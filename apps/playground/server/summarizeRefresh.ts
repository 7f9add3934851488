/** How one job's data moved in a daily refresh. */
export interface RefreshJobChange {
  /** The job, e.g. `paystubs`. */
  job: string
  /** `data_refreshed_at[job]` before and after. */
  refreshedAt: { before: string | null; after: string | null }
  /** `data_updated_at[job]` before and after. */
  updatedAt: { before: string | null; after: string | null }
  /** The refresh ran for this job (its refreshed time moved). */
  refreshed: boolean
  /** The data changed (its updated time moved). */
  updated: boolean
}

/** What a daily refresh did to an account, as the page shows it. */
export interface RefreshSummary {
  /** One row per job the account has data for (jobs never pulled are left out). */
  jobs: RefreshJobChange[]
  /** Jobs whose data changed. */
  updatedJobs: string[]
  /** Monitoring status before and after. */
  monitoringStatus: { before: string | null; after: string | null }
  /** What the mock's refresh endpoint answered (e.g. added and deleted record ids), untouched. */
  result: unknown
}

type Stamps = Record<string, string | null>

function accountData(body: unknown): Record<string, unknown> {
  const data = (body as { data?: unknown } | null)?.data
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {}
}

function stamps(account: Record<string, unknown>, key: string): Stamps {
  const value = account[key]
  if (value === null || typeof value !== 'object') return {}
  return Object.fromEntries(
    Object.entries(value).map(([job, at]) => [job, typeof at === 'string' ? at : null]),
  )
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/**
 * Compares an account (`GET /v1/accounts/{id}` bodies) before and after a daily refresh: a moved
 * `data_refreshed_at` means the job ran, a moved `data_updated_at` means its data changed.
 */
export function summarizeRefresh(before: unknown, after: unknown, result: unknown): RefreshSummary {
  const a = accountData(before)
  const b = accountData(after)
  const refreshedBefore = stamps(a, 'data_refreshed_at')
  const refreshedAfter = stamps(b, 'data_refreshed_at')
  const updatedBefore = stamps(a, 'data_updated_at')
  const updatedAfter = stamps(b, 'data_updated_at')
  const names = [
    ...new Set([
      ...Object.keys(refreshedAfter),
      ...Object.keys(updatedAfter),
      ...Object.keys(refreshedBefore),
    ]),
  ].sort()
  const jobs = names
    .filter((job) => refreshedAfter[job] != null || updatedAfter[job] != null)
    .map((job): RefreshJobChange => {
      const refreshedAt = {
        before: refreshedBefore[job] ?? null,
        after: refreshedAfter[job] ?? null,
      }
      const updatedAt = { before: updatedBefore[job] ?? null, after: updatedAfter[job] ?? null }
      return {
        job,
        refreshedAt,
        updatedAt,
        refreshed: refreshedAt.before !== refreshedAt.after,
        updated: updatedAt.before !== updatedAt.after,
      }
    })
  return {
    jobs,
    updatedJobs: jobs.filter((job) => job.updated).map((job) => job.job),
    monitoringStatus: { before: text(a.monitoring_status), after: text(b.monitoring_status) },
    result,
  }
}
