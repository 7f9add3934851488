import { type SandboxEmployer, sandboxEmployers } from '../fixtures/sandboxEmployers.js'
import { type SandboxPlatform, sandboxPlatforms } from '../fixtures/sandboxPlatforms.js'
import type { LinkLoginRequest, LinkSession, PinwheelError } from '../protocol/linkApi.js'
import type { LinkErrorPayload } from '../protocol/linkEvents.js'
import type { HostChannel } from './createHostChannel.js'
import type { LinkApiClient } from './createLinkApiClient.js'
import { createLinkView, type View } from './createLinkView.js'
import { createSwitchFlows } from './createSwitchFlows.js'
import { type LinkStrings, linkStrings } from './linkStrings.js'
import { renderIntro } from './screens/renderIntro.js'
import { renderBusy, renderLogin } from './screens/renderLogin.js'
import { renderMessage } from './screens/renderMessage.js'
import { renderSearch } from './screens/renderSearch.js'

/** What the flow needs: where to draw, the API, and the host channel. */
export interface LinkFlowOptions {
  root: HTMLElement
  api: LinkApiClient
  channel: HostChannel
  linkToken: string
}

/** Mutable state of one Link session, shared with the switch flows. */
export interface LinkFlowState {
  session: LinkSession
  t: LinkStrings
  employer: SandboxEmployer | undefined
  platform: SandboxPlatform | undefined
  accountId: string | undefined
  /** The error an exit now would carry; cleared when the user recovers (e.g. logs in after a typo). */
  lastError: PinwheelError | undefined
}

/** linkwheel's own naming: Pinwheel documents `user_activated {solutionName}`, not the names. */
const solutionName = (jobs: readonly string[]): string =>
  jobs.includes('direct_deposit_switch') ? 'Deposit Switch' : 'Income and Employment'

const findEmployer = (id: string | null) => sandboxEmployers.find((e) => e.id === id)
const findPlatform = (id: string | null) => sandboxPlatforms.find((p) => p.id === id)

/** The whole modal: redeems the token, walks the screens, emits the events, exits. */
export function createLinkFlow({ root, api, channel, linkToken }: LinkFlowOptions): {
  start(): Promise<void>
} {
  let t = linkStrings.en
  let exited = false
  let loadReported = false
  const view = createLinkView(root, channel, () => {
    if (!loadReported) channel.loadComplete()
    loadReported = true
  })

  const exit = async (state: {
    session?: LinkSession
    lastError: PinwheelError | undefined
  }): Promise<void> => {
    if (exited) return
    exited = true
    const error = state.lastError
    if (state.session) await api.exit(state.session.session_id, error ? error.code : 'user_exit')
    // The mock API answers Pinwheel's error types; the cast only narrows `type` to them.
    channel.exit(error ? (error as LinkErrorPayload) : {})
  }
  const reportError = (
    state: { lastError: PinwheelError | undefined },
    error: PinwheelError,
  ): void => {
    state.lastError = error
    channel.emit('error', error as LinkErrorPayload)
  }

  const start = async (): Promise<void> => {
    channel.emit('open', {})
    const redeemed = await api.createSession(linkToken)
    if (!redeemed.ok) {
      const state = { lastError: undefined as PinwheelError | undefined }
      reportError(state, redeemed.error)
      const close = () => void exit(state)
      view.show({
        terminal: true,
        render: () =>
          renderMessage(t, {
            title: t.errorTitle,
            body: [t.errorText(redeemed.error)],
            alert: true,
            actions: [{ label: t.close, primary: true, onClick: close }],
            onClose: close,
          }),
      })
      installEscape(() => close())
      return
    }
    const session = redeemed.data
    t = linkStrings[session.language] ?? linkStrings.en
    document.documentElement.lang = session.language
    const state: LinkFlowState = {
      session,
      t,
      employer: undefined,
      platform: undefined,
      accountId: undefined,
      lastError: undefined,
    }
    runSession(state)
  }

  let escapeHandler: () => void = () => {}
  const installEscape = (handler: () => void): void => {
    escapeHandler = handler
  }
  root.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !exited) {
      event.preventDefault()
      escapeHandler()
    }
  })

  function runSession(state: LinkFlowState): void {
    const { session } = state
    const onDemand = session.account !== null
    let loginAttempted = false
    let incorrectPlatformReported = false
    let query = ''
    let platformQuery = ''
    let beforeExit: View | undefined
    let platformFromToken = false

    const requestClose = (): void => {
      const current = view.current
      if (exited) return
      if (!current || current.terminal) return void exit(state)
      if (current.screenName === 'EXIT_CONFIRMATION') {
        goBack()
        return
      }
      beforeExit = current
      view.show({
        screenName: 'EXIT_CONFIRMATION',
        render: () =>
          renderMessage(t, {
            title: t.exitTitle,
            body: [t.exitBody],
            actions: [
              { label: t.exitConfirm, primary: true, onClick: confirmExit },
              { label: t.exitCancel, onClick: goBack },
            ],
            onClose: goBack,
          }),
      })
    }
    // Link v3+: leaving the amount screen without choosing reports an all-null allocation.
    const confirmExit = (): void => {
      if (beforeExit?.screenName === 'DD_AMOUNT_SELECTION')
        channel.emit('input_allocation', { action: null, allocation: null })
      void exit(state)
    }
    const goBack = (): void => {
      if (beforeExit) view.show(beforeExit)
    }
    installEscape(requestClose)

    const switches = createSwitchFlows({
      state,
      api,
      channel,
      view,
      requestClose,
      exit: () => void exit(state),
      reportError,
    })

    const searchName = (platformsOnly: boolean) =>
      platformsOnly ? 'SEARCH_PLATFORM_ONLY' : query.trim() ? 'SEARCH_RESULTS' : 'SEARCH_DEFAULT'

    const showSearch = (platformsOnly: boolean): void => {
      const searchView: View = {
        screenName: searchName(platformsOnly),
        render: () =>
          renderSearch({
            t,
            platformsOnly,
            query: platformsOnly ? platformQuery : query,
            onQuery: (next) => {
              if (platformsOnly) platformQuery = next
              else query = next
              const name = searchName(platformsOnly)
              if (name !== searchView.screenName) view.transition(searchView, name)
            },
            onEmployer: (employer) => chooseEmployer(employer, false),
            onPlatform: (platform) => choosePlatform(platform, false),
            onPlatformsOnly: () => showSearch(true),
            onBack: () => showSearch(false),
            onClose: requestClose,
            extras: platformsOnly ? [] : switches.searchExtras(),
          }),
      }
      view.show(searchView)
    }

    const reportIncorrectPlatform = (platformId: string): void => {
      if (incorrectPlatformReported || !session.platform_id || session.platform_id === platformId)
        return
      incorrectPlatformReported = true
      channel.emit('incorrect_platform_given', {})
    }

    const chooseEmployer = (employer: SandboxEmployer, fromToken: boolean): void => {
      if (!fromToken) {
        channel.emit('select_employer', {
          selectedEmployerId: employer.id,
          selectedEmployerName: employer.name,
        })
      }
      state.employer = employer
      state.platform = findPlatform(employer.platformId)
      platformFromToken = false
      reportIncorrectPlatform(employer.platformId)
      if (!employer.requiresProviderConfirmation || !state.platform) {
        showLogin('credentials', undefined)
        return
      }
      const platform = state.platform
      view.show({
        screenName: 'PROVIDER_CONFIRMATION',
        render: () =>
          renderMessage(t, {
            title: t.providerTitle,
            body: [t.providerBody(employer.name, platform.name)],
            actions: [
              {
                label: t.providerConfirm(platform.name),
                primary: true,
                onClick: () => showLogin('credentials', undefined),
              },
              { label: t.providerOther, onClick: () => showSearch(true) },
            ],
            onClose: requestClose,
          }),
      })
    }

    const choosePlatform = (platform: SandboxPlatform, fromToken: boolean): void => {
      if (!fromToken) {
        channel.emit('select_platform', {
          selectedPlatformId: platform.id,
          selectedPlatformName: platform.name,
        })
        reportIncorrectPlatform(platform.id)
      }
      state.platform = platform
      platformFromToken = fromToken
      showLogin('credentials', undefined)
    }

    const loginView = (step: 'credentials' | 'mfa', error: string | undefined): View => {
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
            ...(platformFromToken && step === 'credentials'
              ? { onSearch: () => showSearch(false) }
              : {}),
          }),
      }
    }
    // A new step or an inline error redraws LOGIN without a second screen_transition.
    const showLogin = (step: 'credentials' | 'mfa', error: string | undefined): void => {
      const next = loginView(step, error)
      if (view.current?.screenName === 'LOGIN') {
        next.screenName = 'LOGIN'
        Object.assign(view.current, next)
        view.paint(next.render())
      } else view.show(next)
    }

    let credentials = { username: '', password: '' }
    const submitLogin = async (
      step: 'credentials' | 'mfa',
      values: { username: string; password: string; mfaCode: string },
    ): Promise<void> => {
      const platform = state.platform
      if (!platform || exited) return
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
      await switches.afterLogin(platformId)
    }

    const reconnect = async (): Promise<void> => {
      const account = session.account
      if (!account) return
      state.platform = findPlatform(account.platform_id) ?? {
        id: account.platform_id,
        name: account.platform_id,
      }
      state.employer = findEmployer(account.employer_id)
      view.paint(renderBusy(t, t.reconnecting(state.platform.name), requestClose))
      const result = await api.login(session.session_id, { platform_id: account.platform_id })
      if (!result.ok) {
        reportError(state, result.error)
        return switches.showFatal(result.error)
      }
      if (result.data.status === 'mfa_required') return showLogin('mfa', undefined)
      await loggedIn(result.data.account_id, result.data.platform_id)
    }

    const route = (): void => {
      if (onDemand) return void reconnect()
      const employer = findEmployer(session.employer_id)
      if (employer) {
        chooseEmployer(employer, true)
        return
      }
      const platform = findPlatform(session.platform_id)
      if (platform) {
        choosePlatform(platform, true)
        return
      }
      showSearch(false)
    }

    // Continue on the intro activates the token's solution (Link v2.3+ `user_activated`).
    const activate = (): void => {
      channel.emit('user_activated', { solutionName: solutionName(session.jobs) })
      route()
    }

    if (session.skip_intro_screen) {
      route()
      return
    }
    view.show({
      render: () =>
        renderIntro(t, session.org_name, {
          switching: session.jobs.includes('direct_deposit_switch'),
          onContinue: activate,
          onClose: requestClose,
        }),
    })
  }

  return { start }
}
