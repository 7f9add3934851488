import type { ReactNode } from 'react'
import type { RefreshSummary } from '../server/summarizeRefresh'
import { formatShortStamp } from './formatTime'
import { JsonDetails } from './JsonDetails'
import { jobLabel } from './jobLabel'

/** What a daily refresh changed: per job, whether it ran (refreshed) and whether data changed. */
export function RefreshResult({ summary }: { summary: RefreshSummary }): ReactNode {
  return (
    <div className="refresh-result" role="status" aria-live="polite">
      <p>
        <strong>Daily refresh done.</strong>{' '}
        {summary.updatedJobs.length > 0
          ? `Data changed: ${summary.updatedJobs.map(jobLabel).join(', ')}.`
          : 'Nothing changed: every refreshed time moved, no updated time did.'}
      </p>
      <table className="compact">
        <caption className="visually-hidden">Refresh result per job</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Refreshed</th>
            <th scope="col">Data</th>
          </tr>
        </thead>
        <tbody>
          {summary.jobs.map((job) => (
            <tr key={job.job} className={job.updated ? 'changed' : undefined}>
              <th scope="row">{jobLabel(job.job)}</th>
              <td className="nowrap">
                {job.refreshed ? formatShortStamp(job.refreshedAt.after) : 'not run'}
              </td>
              <td>{job.updated ? 'changed' : 'unchanged'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <JsonDetails label="Refresh answer (added / deleted records)" value={summary.result} />
    </div>
  )
}
