import type { Dispatch, SetStateAction } from 'react'
import type { PlaygroundClientConfig } from '../server/createPlaygroundApi'
import type { ConnectedAccount } from '../server/createWebhookInbox'
import { jobLabel } from './jobLabel'
import { needsDeposit, type TokenBuilderState } from './tokenBuilderState'

/** Props of {@link TokenBuilder}. */
export interface TokenBuilderProps {
  /** The form's values. */
  state: TokenBuilderState
  /** Updates them. */
  onChange: Dispatch<SetStateAction<TokenBuilderState>>
  /** Jobs, employers and platforms on offer. */
  config: PlaygroundClientConfig
  /** Accounts that can be updated (On Demand Update). */
  accounts: readonly ConnectedAccount[]
}

/** The link token options: jobs, user, language, preselection, deposit target, or an update. */
export function TokenBuilder({ state, onChange, config, accounts }: TokenBuilderProps) {
  const set = <K extends keyof TokenBuilderState>(key: K, value: TokenBuilderState[K]) =>
    onChange((current) => ({ ...current, [key]: value }))
  const toggleJob = (job: string, on: boolean) =>
    onChange((current) => ({
      ...current,
      jobs: on ? [...current.jobs, job] : current.jobs.filter((item) => item !== job),
    }))
  const employers = state.platformId
    ? config.employers.filter((employer) => employer.platformId === state.platformId)
    : config.employers

  return (
    <form
      className="token-builder"
      aria-label="Link token options"
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="segmented">
        <legend>Session</legend>
        <label>
          <input
            type="radio"
            name="mode"
            value="connect"
            checked={state.mode === 'connect'}
            onChange={() => set('mode', 'connect')}
          />
          New connection
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            value="update"
            checked={state.mode === 'update'}
            onChange={() => set('mode', 'update')}
          />
          Update an existing account
        </label>
      </fieldset>

      {state.mode === 'update' ? (
        <div className="field">
          <label htmlFor="account-id">Account to update</label>
          <select
            id="account-id"
            value={state.accountId}
            onChange={(e) => set('accountId', e.target.value)}
            aria-describedby="account-id-hint"
          >
            <option value="">Choose a connected account…</option>
            {accounts.map((account) => (
              <option key={account.accountId} value={account.accountId}>
                {account.endUserId ?? 'unknown user'} · {account.platformId ?? 'platform?'} ·{' '}
                {account.accountId.slice(0, 8)}
              </option>
            ))}
          </select>
          <p id="account-id-hint" className="hint">
            {accounts.length === 0
              ? 'No account yet: connect one first; its account.added webhook lists it here.'
              : 'On Demand Update: Link logs in again without search or credentials (MFA users still act).'}
          </p>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="end-user-id">End user id</label>
          <input
            id="end-user-id"
            value={state.endUserId}
            onChange={(e) => set('endUserId', e.target.value)}
            autoComplete="off"
            required
          />
        </div>
      )}

      <fieldset className="jobs">
        <legend>Jobs</legend>
        {config.jobs.map((job) => (
          <label key={job}>
            <input
              type="checkbox"
              checked={state.jobs.includes(job)}
              onChange={(e) => toggleJob(job, e.target.checked)}
            />
            {jobLabel(job)}
          </label>
        ))}
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor="language">Language</label>
          <select
            id="language"
            value={state.language}
            onChange={(e) => set('language', e.target.value === 'es' ? 'es' : 'en')}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={state.skipIntro}
            onChange={(e) => set('skipIntro', e.target.checked)}
          />
          Skip intro screen
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.darkMode}
            onChange={(e) => set('darkMode', e.target.checked)}
          />
          Dark mode
        </label>
      </div>

      {state.mode === 'connect' && (
        <div className="field-stack">
          <div className="field">
            <label htmlFor="platform-id">Preselect platform</label>
            <select
              id="platform-id"
              value={state.platformId}
              onChange={(e) =>
                onChange((current) => ({ ...current, platformId: e.target.value, employerId: '' }))
              }
            >
              <option value="">None (user searches)</option>
              {config.platforms.map((platform) => (
                <option key={platform.id} value={platform.id}>
                  {platform.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="employer-id">Preselect employer</label>
            <select
              id="employer-id"
              value={state.employerId}
              onChange={(e) => set('employerId', e.target.value)}
            >
              <option value="">None (user searches)</option>
              {employers.map((employer) => (
                <option key={employer.id} value={employer.id}>
                  {employer.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}

      {needsDeposit(state.jobs) && (
        <fieldset className="deposit">
          <legend>Deposit target</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor="account-type">Account type</label>
              <select
                id="account-type"
                value={state.accountType}
                onChange={(e) =>
                  set('accountType', e.target.value === 'savings' ? 'savings' : 'checking')
                }
              >
                <option value="checking">Checking</option>
                <option value="savings">Savings</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="routing-number">Routing number</label>
              <input
                id="routing-number"
                inputMode="numeric"
                pattern="\d{9}"
                value={state.routingNumber}
                onChange={(e) => set('routingNumber', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="account-number">Account number</label>
              <input
                id="account-number"
                inputMode="numeric"
                pattern="\d{4,17}"
                value={state.accountNumber}
                onChange={(e) => set('accountNumber', e.target.value)}
              />
            </div>
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={state.disablePartialSwitch}
              onChange={(e) => set('disablePartialSwitch', e.target.checked)}
            />
            Disable partial switch
          </label>
        </fieldset>
      )}

      <fieldset className="token-source">
        <legend>Token</legend>
        <label>
          <input
            type="radio"
            name="token-source"
            checked={state.tokenSource === 'fresh'}
            onChange={() => set('tokenSource', 'fresh')}
          />
          A new token for each open (recommended)
        </label>
        <label>
          <input
            type="radio"
            name="token-source"
            checked={state.tokenSource === 'reuse'}
            onChange={() => set('tokenSource', 'reuse')}
          />
          Reuse the last token (tokens are single-use)
        </label>
        <label>
          <input
            type="radio"
            name="token-source"
            checked={state.tokenSource === 'paste'}
            onChange={() => set('tokenSource', 'paste')}
          />
          Paste a token
        </label>
        {state.tokenSource === 'paste' && (
          <div className="field">
            <label htmlFor="pasted-token">Token to use</label>
            <textarea
              id="pasted-token"
              rows={3}
              spellCheck={false}
              value={state.pastedToken}
              onChange={(e) => set('pastedToken', e.target.value)}
            />
          </div>
        )}
      </fieldset>
    </form>
  )
}
