import { useState } from 'react'
import type { ConnectedAccount } from '../server/createWebhookInbox'
import type { RefreshSummary } from '../server/summarizeRefresh'
import { AccountDataSections } from './AccountDataSections'
import { playgroundApi } from './playgroundApi'
import { RefreshResult } from './RefreshResult'
import { useAccountData } from './useAccountData'

/** Props of {@link AccountsView}. */
export interface AccountsViewProps {
  /** Connected accounts, from webhooks. */
  accounts: readonly ConnectedAccount[]
  /** Why the list could not be loaded, if so. */
  error: string | null
}

/**
 * The connected accounts and, for the chosen one, its identity, income, employment, paystubs and
 * shifts with their refreshed/updated times, plus a "run daily refresh" button showing what changed.
 */
export function AccountsView({ accounts, error }: AccountsViewProps) {
  const [chosen, setChosen] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const [refresh, setRefresh] = useState<
    | { status: 'idle' }
    | { status: 'running' }
    | { status: 'done'; summary: RefreshSummary }
    | { status: 'error'; message: string }
  >({ status: 'idle' })
  const selected = chosen ?? accounts[0]?.accountId ?? null
  const data = useAccountData(selected, version)

  async function runRefresh(accountId: string) {
    setRefresh({ status: 'running' })
    try {
      const body = await playgroundApi<{ data: RefreshSummary }>(
        `/api/accounts/${encodeURIComponent(accountId)}/refresh`,
        { method: 'POST' },
      )
      setRefresh({ status: 'done', summary: body.data })
      setVersion((v) => v + 1)
    } catch (reason) {
      setRefresh({
        status: 'error',
        message: reason instanceof Error ? reason.message : String(reason),
      })
    }
  }

  return (
    <section className="panel" aria-labelledby="accounts-title">
      <header className="panel-header">
        <h2 id="accounts-title">Accounts</h2>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {accounts.length === 0 ? (
        <p className="empty">
          No connected account yet: one appears here when its account.added webhook arrives.
        </p>
      ) : (
        <>
          <div className="field-row">
            <div className="field">
              <label htmlFor="accounts-select">Account</label>
              <select
                id="accounts-select"
                value={selected ?? ''}
                onChange={(e) => {
                  setChosen(e.target.value)
                  setRefresh({ status: 'idle' })
                }}
              >
                {accounts.map((account) => (
                  <option key={account.accountId} value={account.accountId}>
                    {account.endUserId ?? 'unknown user'} · {account.platformId ?? 'platform?'} ·{' '}
                    {account.accountId}
                  </option>
                ))}
              </select>
            </div>
            <div className="actions">
              <button
                type="button"
                className="secondary"
                disabled={!selected || refresh.status === 'running'}
                aria-busy={refresh.status === 'running'}
                onClick={() => selected && void runRefresh(selected)}
              >
                {refresh.status === 'running' ? 'Refreshing…' : 'Run daily refresh'}
              </button>
            </div>
          </div>
          {refresh.status === 'error' && (
            <p className="error" role="alert">
              {refresh.message}
            </p>
          )}
          {refresh.status === 'done' && <RefreshResult summary={refresh.summary} />}
          {data ? (
            <AccountDataSections data={data} />
          ) : (
            <p className="empty">Loading account data…</p>
          )}
        </>
      )}
    </section>
  )
}
