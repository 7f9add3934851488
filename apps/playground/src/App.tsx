import { lazy, type ReactNode, Suspense, useState } from 'react'
import { AccountsView } from './AccountsView'
import { LinkLauncher } from './LinkLauncher'
import { PanelBoundary } from './PanelBoundary'
import { ReconcilePanel } from './ReconcilePanel'
import { TokenBuilder } from './TokenBuilder'
import { EventTimeline } from './timeline/EventTimeline'
import { initialTokenBuilderState } from './tokenBuilderState'
import { useConnectedAccounts } from './useConnectedAccounts'
import { useServerConfig } from './useServerConfig'
import { useWebhookFeed } from './useWebhookFeed'
import { WebhooksLog } from './WebhooksLog'

// The charting library is the page's largest dependency: it loads in its own chunk, after the
// page is usable.
const AnalyticsPanel = lazy(() =>
  import('./analytics/AnalyticsPanel').then((module) => ({ default: module.AnalyticsPanel })),
)

function AnalyticsLoading(): ReactNode {
  return (
    <section className="panel analytics" aria-labelledby="analytics-title">
      <h2 id="analytics-title">Analytics</h2>
      <p className="empty" role="status">
        Loading the charts…
      </p>
    </section>
  )
}

/**
 * The playground: build a link token, open the sandbox Link, and watch the events, analytics,
 * webhooks and account data of the whole loop on one screen.
 */
export function App(): ReactNode {
  const config = useServerConfig()
  const feed = useWebhookFeed()
  const { accounts, error: accountsError, loaded } = useConnectedAccounts(feed.entries)
  const [builder, setBuilder] = useState(initialTokenBuilderState)

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1>
          linkwheel <span>playground</span>
        </h1>
        <p>
          Pinwheel Link in a sandbox: your backend makes the token,{' '}
          <code>&lt;PinwheelLink&gt;</code> opens Link, and every event, webhook and account shows
          up here.
        </p>
      </header>
      <main id="main" className="layout">
        <div className="sidebar">
          <section className="panel builder" aria-labelledby="builder-title">
            <header className="panel-header">
              <h2 id="builder-title">Link token</h2>
            </header>
            {config.status === 'loading' && <p className="empty">Loading the playground config…</p>}
            {config.status === 'error' && (
              <p className="error" role="alert">
                {config.message}
              </p>
            )}
            {config.status === 'ready' && (
              <>
                <TokenBuilder
                  state={builder}
                  onChange={setBuilder}
                  config={config.config}
                  accounts={accounts}
                />
                <LinkLauncher state={builder} scriptUrl={config.config.scriptUrl} />
                <details className="credentials">
                  <summary>Sandbox credentials</summary>
                  <ul>
                    <li>
                      <code>user_good</code> / <code>pass_good</code>: logs in
                    </li>
                    <li>
                      <code>user_mfa</code> / <code>pass_good</code>, code <code>mfa_code</code>:
                      MFA
                    </li>
                    <li>
                      <code>user_error</code>: jobs fail · <code>user_pending</code>: pending retry
                    </li>
                    <li>
                      <code>user_locked</code>: account locked · any wrong password: invalid
                      credentials
                    </li>
                  </ul>
                </details>
              </>
            )}
          </section>
          <PanelBoundary title="Webhooks">
            <WebhooksLog
              entries={feed.entries}
              connected={feed.connected}
              everConnected={feed.everConnected}
            />
          </PanelBoundary>
        </div>
        <div className="stage">
          <PanelBoundary title="Event timeline">
            <EventTimeline />
          </PanelBoundary>
          <PanelBoundary title="Analytics">
            <Suspense fallback={<AnalyticsLoading />}>
              <AnalyticsPanel />
            </Suspense>
          </PanelBoundary>
          <PanelBoundary title="Accounts">
            <AccountsView accounts={accounts} error={accountsError} loaded={loaded} />
          </PanelBoundary>
          <PanelBoundary title="Reconcile">
            <ReconcilePanel />
          </PanelBoundary>
        </div>
      </main>
    </>
  )
}
