import { type ReactNode, useState } from 'react'
import type { ReconcileResult } from '../server/reconcileAccounts'
import { notifyAccountsChanged } from './accountsChanged'
import { formatClock } from './formatTime'
import { playgroundApi } from './playgroundApi'

type ReconcileState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: ReconcileResult }
  | { status: 'error'; message: string }

/**
 * The catch-up after an outage longer than Pinwheel's webhook retries: "Reconcile" has the
 * backend re-read every account from the API (`POST /api/reconcile`) and shows what the inbox
 * had missed and is now filled in.
 */
export function ReconcilePanel(): ReactNode {
  const [state, setState] = useState<ReconcileState>({ status: 'idle' })

  async function reconcile() {
    setState({ status: 'running' })
    try {
      const body = await playgroundApi<{ data: ReconcileResult }>('/api/reconcile', {
        method: 'POST',
      })
      setState({ status: 'done', result: body.data })
      notifyAccountsChanged()
    } catch (reason) {
      setState({
        status: 'error',
        message: reason instanceof Error ? reason.message : String(reason),
      })
    }
  }

  return (
    <section className="panel" aria-labelledby="reconcile-title">
      <header className="panel-header">
        <h2 id="reconcile-title">Reconcile</h2>
      </header>
      <p>
        Webhooks missed during an outage longer than Pinwheel's retries? Re-read every account from
        the API and fill in what the inbox missed.
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={state.status === 'running'}
          aria-busy={state.status === 'running'}
          onClick={() => void reconcile()}
        >
          {state.status === 'running' ? 'Reconciling…' : 'Reconcile with Pinwheel'}
        </button>
      </div>
      {state.status === 'error' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && (
        <div role="status" aria-label="Reconcile result">
          <p>
            Checked {state.result.accountsSeen} account
            {state.result.accountsSeen === 1 ? '' : 's'} at {formatClock(state.result.finishedAt)}:{' '}
            {state.result.accountsAdded.length === 0 && state.result.jobsAdded.length === 0
              ? 'nothing was missing.'
              : `${state.result.accountsAdded.length} account(s) and ${state.result.jobsAdded.length} job result(s) filled in.`}
          </p>
          {state.result.jobsAdded.length > 0 && (
            <ul>
              {state.result.jobsAdded.map((job) => (
                <li key={`${job.accountId}:${job.name}`}>
                  <code>{job.accountId}</code>: {job.name}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
