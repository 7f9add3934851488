import type { RefreshSummary } from '../server/summarizeRefresh'
import { formatStamp } from './formatTime'
import { JsonDetails } from './JsonDetails'

/** What a daily refresh changed: per job, whether it ran (refreshed) and whether data changed. */
export function RefreshResult({ summary }: { summary: RefreshSummary }) {
  return (
    <div className="refresh-result" role="status" aria-live="polite">
      <p>
        <strong>Daily refresh done.</strong>{' '}
        {summary.updatedJobs.length > 0
          ? `Data changed: ${summary.updatedJobs.join(', ')}.`
          : 'Nothing changed: every refreshed time moved, no updated time did.'}
      </p>
      <table className="compact">
        <caption className="visually-hidden">Refresh result per job</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Refreshed</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {summary.jobs.map((job) => (
            <tr key={job.job} className={job.updated ? 'changed' : undefined}>
              <th scope="row">{job.job}</th>
              <td>{job.refreshed ? `→ ${formatStamp(job.refreshedAt.after)}` : 'not run'}</td>
              <td>{job.updated ? `changed → ${formatStamp(job.updatedAt.after)}` : 'unchanged'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <JsonDetails label="Refresh answer (added / deleted records)" value={summary.result} />
    </div>
  )
}
