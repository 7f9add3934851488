import { type ReactNode, useState } from 'react'
import type { ConnectedAccount } from '../server/createWebhookInbox'
import type { RefreshSummary } from '../server/summarizeRefresh'
import { AccountDataSections } from './AccountDataSections'
import { formatShortStamp } from './formatTime'
import { jobLabel } from './jobLabel'
import { playgroundApi } from './playgroundApi'
import { RefreshResult } from './RefreshResult'
import { useAccountData } from './useAccountData'

/** Props of {@link AccountsView}. */
export interface AccountsViewProps {
  /** Connected accounts, from webhooks, newest first. */
  accounts: readonly ConnectedAccount[]
  /** Why the list could not be loaded, if so. */
  error: string | null
  /** Whether the list has been fetched at least once. @default true */
  loaded?: boolean
}

/** A daily refresh of one account: the result is kept with the account it belongs to. */
type RefreshState =
  | { status: 'idle' }
  | { status: 'running'; accountId: string }
  | { status: 'done'; accountId: string; summary: RefreshSummary }
  | { status: 'error'; accountId: string; message: string }

/**
 * The connected accounts as a master–detail view: the list on one side, the chosen account's
 * status, data (identity, employment, income, paystubs, shifts) and a "run daily refresh" button
 * on the other. A refresh result only ever shows under the account it ran for.
 */
export function AccountsView({ accounts, error, loaded = true }: AccountsViewProps): ReactNode {
  const [chosen, setChosen] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const [refresh, setRefresh] = useState<RefreshState>({ status: 'idle' })
  const selected = accounts.find((account) => account.accountId === chosen) ?? accounts[0] ?? null
  const data = useAccountData(selected?.accountId ?? null, version)
  const mine = refresh.status !== 'idle' && refresh.accountId === selected?.accountId

  async function runRefresh(accountId: string) {
    setRefresh({ status: 'running', accountId })
    try {
      const body = await playgroundApi<{ data: RefreshSummary }>(
        `/api/accounts/${encodeURIComponent(accountId)}/refresh`,
        { method: 'POST' },
      )
      setRefresh({ status: 'done', accountId, summary: body.data })
      setVersion((v) => v + 1)
    } catch (reason) {
      setRefresh({
        status: 'error',
        accountId,
        message: reason instanceof Error ? reason.message : String(reason),
      })
    }
  }

  return (
    <section className="panel accounts" aria-labelledby="accounts-title">
      <header className="panel-header">
        <h2 id="accounts-title">Accounts</h2>
        {accounts.length > 0 && (
          <span className="meta">
            {accounts.length} connected account{accounts.length === 1 ? '' : 's'}
          </span>
        )}
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!loaded && !error && <p className="empty">Loading the connected accounts…</p>}
      {loaded && accounts.length === 0 && (
        <p className="empty">
          No connected account yet: one appears here when its account.added webhook arrives.
        </p>
      )}
      {selected && (
        <div className="master-detail">
          <nav aria-label="Connected accounts">
            <ul className="account-list">
              {accounts.map((account) => (
                <li key={account.accountId}>
                  <button
                    type="button"
                    aria-current={account === selected ? 'true' : undefined}
                    onClick={() => setChosen(account.accountId)}
                  >
                    <strong>{account.endUserId ?? 'unknown user'}</strong>
                    <span className="meta">
                      {account.platformId ?? 'platform?'} · {formatShortStamp(account.createdAt)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <section className="account-detail" aria-labelledby="account-detail-title">
            <div className="detail-header">
              <div>
                <h3 id="account-detail-title">{selected.endUserId ?? 'unknown user'}</h3>
                <p className="meta">
                  <code>{selected.accountId}</code> · {selected.platformId ?? 'platform?'}
                </p>
              </div>
              <button
                type="button"
                className="secondary"
                disabled={mine && refresh.status === 'running'}
                aria-busy={mine && refresh.status === 'running'}
                onClick={() => void runRefresh(selected.accountId)}
              >
                {mine && refresh.status === 'running' ? 'Refreshing…' : 'Run daily refresh'}
              </button>
            </div>
            <p className="meta">
              monitoring <strong>{selected.monitoringStatus ?? 'unknown'}</strong>
              {selected.jobs.length > 0 && (
                <>
                  {' '}
                  · jobs seen:{' '}
                  {[...new Set(selected.jobs.map((job) => jobLabel(job.name)))].join(', ')}
                </>
              )}
            </p>
            {mine && refresh.status === 'error' && (
              <p className="error" role="alert">
                {refresh.message}
              </p>
            )}
            {mine && refresh.status === 'done' && <RefreshResult summary={refresh.summary} />}
            {data.status === 'loading' && <p className="empty">Loading account data…</p>}
            {data.status === 'error' && (
              <p className="error" role="alert">
                {data.message}
              </p>
            )}
            {data.status === 'ready' && <AccountDataSections data={data.data} />}
          </section>
        </div>
      )}
    </section>
  )
}
