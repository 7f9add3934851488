import type { LinkLoginRequest, PinwheelError } from '../protocol/linkApi.js'
import type { View } from './createLinkView.js'
import { findFixture } from './findFixture.js'
import type { LinkStepContext } from './LinkStepContext.js'
import { renderBusy, renderLogin } from './screens/renderLogin.js'

type LoginStep = 'credentials' | 'mfa'

/** What the login needs besides the session: the search to go back to, and what follows login. */
export interface LoginStepOptions extends LinkStepContext {
  showSearch(platformsOnly: false): void
  afterLogin(platformId: string): Promise<void>
  showFatal(error: PinwheelError): void
}

/** LOGIN (credentials, then MFA) and the On Demand Update reconnect. */
export interface LoginSteps {
  showLogin(step: LoginStep, error: string | undefined): void
  reconnect(): Promise<void>
}

/** Creates the login steps of one session; the credentials typed last live here for the MFA step. */
export function createLoginSteps(options: LoginStepOptions): LoginSteps {
  const { state, view, api, channel, requestClose, reportError } = options
  const { session, t } = state
  const onDemand = session.account !== null
  let loginAttempted = false
  let credentials = { username: '', password: '' }

  const loginView = (step: LoginStep, error: string | undefined): View => {
    const { employer, platform } = state
    return {
      screenName: 'LOGIN',
      extras: {
        ...(employer && !onDemand
          ? { selectedEmployerId: employer.id, selectedEmployerName: employer.name }
          : {}),
        ...(platform
          ? { selectedPlatformId: platform.id, selectedPlatformName: platform.name }
          : {}),
      },
      render: () =>
        renderLogin({
          t,
          platformName: platform?.name ?? '',
          step,
          error,
          onSubmit: (values) => submitLogin(step, values),
          onClose: requestClose,
          ...(state.platformFromToken && step === 'credentials'
            ? { onSearch: () => options.showSearch(false) }
            : {}),
        }),
    }
  }
  // A new step or an inline error redraws LOGIN without a second screen_transition.
  const showLogin = (step: LoginStep, error: string | undefined): void => {
    const next = loginView(step, error)
    if (view.current?.screenName === 'LOGIN') {
      next.screenName = 'LOGIN'
      Object.assign(view.current, next)
      view.paint(next.render())
    } else view.show(next)
  }

  const submitLogin = async (
    step: LoginStep,
    values: { username: string; password: string; mfaCode: string },
  ): Promise<void> => {
    const platform = state.platform
    if (!platform || options.isExited()) return
    if (!loginAttempted) {
      loginAttempted = true
      channel.emit('login_attempt', { platformId: platform.id })
    }
    if (step === 'credentials')
      credentials = { username: values.username, password: values.password }
    const body: LinkLoginRequest = { platform_id: platform.id }
    if (state.employer && !onDemand) body.employer_id = state.employer.id
    if (!onDemand) Object.assign(body, credentials)
    if (step === 'mfa') body.mfa_code = values.mfaCode
    const result = await api.login(session.session_id, body)
    if (!result.ok) {
      reportError(state, result.error)
      return showLogin(step, t.errorText(result.error))
    }
    if (result.data.status === 'mfa_required') return showLogin('mfa', undefined)
    await loggedIn(result.data.account_id, result.data.platform_id)
  }

  const loggedIn = async (accountId: string, platformId: string): Promise<void> => {
    state.accountId = accountId
    state.lastError = undefined
    channel.emit('login', { accountId, platformId })
    await options.afterLogin(platformId)
  }

  const reconnect = async (): Promise<void> => {
    const account = session.account
    if (!account) return
    state.platform = findFixture.platform(account.platform_id) ?? {
      id: account.platform_id,
      name: account.platform_id,
    }
    state.employer = findFixture.employer(account.employer_id)
    view.paint(renderBusy(t, t.reconnecting(state.platform.name), requestClose))
    const result = await api.login(session.session_id, { platform_id: account.platform_id })
    if (!result.ok) {
      reportError(state, result.error)
      return options.showFatal(result.error)
    }
    if (result.data.status === 'mfa_required') return showLogin('mfa', undefined)
    await loggedIn(result.data.account_id, result.data.platform_id)
  }

  return { showLogin, reconnect }
}
