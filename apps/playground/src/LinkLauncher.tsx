import { type LinkOutcome, type PinwheelError, PinwheelLink } from '@linkwheel/react'
import { useRef, useState } from 'react'
import type { LinkTokenOptions } from '../server/buildLinkTokenRequest'
import { explainOpenFailure, explainPinwheelError, type LinkProblem } from './explainLinkProblem'
import { playgroundApi } from './playgroundApi'
import { type TokenBuilderState, toLinkTokenOptions } from './tokenBuilderState'

/** Props of {@link LinkLauncher}. */
export interface LinkLauncherProps {
  /** The token builder's values, read when Link opens. */
  state: TokenBuilderState
  /** The sandbox Link script (from `/api/config`). */
  scriptUrl: string
}

interface TokenAnswer {
  data: { token: string; expires: string; id: string; mode: string }
}

function whyNotReady(state: TokenBuilderState): string | null {
  if (state.jobs.length === 0) return 'Choose at least one job.'
  if (state.mode === 'update' && !state.accountId) return 'Choose the account to update.'
  if (state.mode === 'connect' && !state.endUserId.trim()) return 'Enter an end user id.'
  if (state.tokenSource === 'paste' && !state.pastedToken.trim()) return 'Paste a link token.'
  return null
}

type OutcomeStatus = 'succeeded' | 'exited' | 'errored'

/** How an open() ended, in the playground's words: the outcome no longer carries a status. */
const statusOf = (outcome: LinkOutcome): OutcomeStatus =>
  outcome.results.length > 0 ? 'succeeded' : outcome.error ? 'errored' : 'exited'

const outcomeText: Record<OutcomeStatus, string> = {
  succeeded: 'Link finished: succeeded',
  exited: 'Link closed by the user before finishing',
  errored: 'Link ended with an error',
}

/**
 * The Link button: `<PinwheelLink getLinkToken>` fetching a token from the backend with the
 * builder's options when it opens (or reusing / pasting one, to show token errors), plus the last
 * outcome and any problem, explained.
 */
export function LinkLauncher({ state, scriptUrl }: LinkLauncherProps) {
  const lastToken = useRef<string | null>(null)
  const tokenError = useRef<unknown>(null)
  const [problem, setProblem] = useState<LinkProblem | null>(null)
  const [outcome, setOutcome] = useState<LinkOutcome | null>(null)
  const notReady = whyNotReady(state)

  async function getLinkToken(): Promise<string | { token: string; expires?: string }> {
    tokenError.current = null
    if (state.tokenSource === 'paste') return state.pastedToken.trim()
    if (state.tokenSource === 'reuse' && lastToken.current) return lastToken.current
    try {
      const body = await playgroundApi<TokenAnswer>('/api/link-token', {
        method: 'POST',
        body: toLinkTokenOptions(state) satisfies LinkTokenOptions,
      })
      lastToken.current = body.data.token
      return { token: body.data.token, expires: body.data.expires }
    } catch (error) {
      tokenError.current = error
      throw error
    }
  }

  function onLinkError(error: PinwheelError | Error): void {
    if ('type' in error && error.type === 'invalidLinkToken')
      setProblem(explainPinwheelError(error))
  }

  return (
    <PinwheelLink
      getLinkToken={getLinkToken}
      scriptUrl={scriptUrl}
      useDarkMode={state.darkMode}
      accountId={state.mode === 'update' && state.accountId ? state.accountId : undefined}
      onError={onLinkError}
    >
      {(link) => {
        const busy = link.status === 'idle' || link.status === 'loading'
        const isOpen = link.status === 'open'
        return (
          <div className="launcher">
            <button
              type="button"
              className="primary"
              disabled={busy || isOpen || notReady !== null}
              aria-busy={busy}
              aria-haspopup="dialog"
              aria-describedby="launcher-status"
              onClick={() => {
                setProblem(null)
                setOutcome(null)
                link.open().then(
                  (result) => {
                    setOutcome(result)
                    if (result.error) setProblem(explainPinwheelError(result.error))
                  },
                  (error: unknown) => setProblem(explainOpenFailure(error, tokenError.current)),
                )
              }}
            >
              {state.mode === 'update' ? 'Open Link: update account' : 'Open Link: connect payroll'}
            </button>
            <p id="launcher-status" className="hint" role="status">
              {notReady ??
                (busy
                  ? 'Loading the sandbox Link script…'
                  : isOpen
                    ? 'Link is open.'
                    : link.status === 'script_error'
                      ? 'The Link script failed to load.'
                      : `Ready · script from ${new URL(scriptUrl).origin}`)}
            </p>
            {link.status === 'script_error' && (
              <button type="button" className="secondary" onClick={link.retry}>
                Load the script again
              </button>
            )}
            {problem && (
              <div className="problem" role="alert" data-code={problem.code}>
                <strong>{problem.title}.</strong> {problem.message} <code>{problem.code}</code>
              </div>
            )}
            {outcome && !problem && (
              <p className={`outcome outcome-${statusOf(outcome)}`} role="status">
                {outcomeText[statusOf(outcome)]}
                {outcome.results.length > 0 && (
                  <> · jobs: {outcome.results.map((r) => r.job).join(', ')}</>
                )}
              </p>
            )}
          </div>
        )
      }}
    </PinwheelLink>
  )
}
