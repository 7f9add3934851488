import { createExitConfirmation } from './createExitConfirmation.js'
import { createLoginSteps } from './createLoginSteps.js'
import { createSearchSteps } from './createSearchSteps.js'
import { createSwitchFlows } from './createSwitchFlows.js'
import { findFixture } from './findFixture.js'
import type { LinkStepContext } from './LinkStepContext.js'
import { renderIntro } from './screens/renderIntro.js'

/** linkwheel's own naming: Pinwheel documents `user_activated {solutionName}`, not the names. */
const solutionName = (jobs: readonly string[]): string =>
  jobs.includes('direct_deposit_switch') ? 'Deposit Switch' : 'Income and Employment'

/**
 * Runs a redeemed session: the intro, then the route the token asks for (reconnect, employer,
 * platform or search), login and the switch flows. `installEscape` gets what Escape does now.
 */
export function runLinkSession(
  session: Omit<LinkStepContext, 'requestClose'>,
  installEscape: (handler: () => void) => void,
): void {
  const { state, channel } = session
  const { t } = state
  const requestClose = createExitConfirmation(session)
  installEscape(requestClose)
  const ctx: LinkStepContext = { ...session, requestClose }

  const switches = createSwitchFlows({ ...ctx, backToSearch: () => search.showSearch(false) })
  const login = createLoginSteps({
    ...ctx,
    showSearch: (platformsOnly) => search.showSearch(platformsOnly),
    afterLogin: switches.afterLogin,
    showFatal: switches.showFatal,
  })
  const search = createSearchSteps({
    ...ctx,
    showLogin: login.showLogin,
    searchExtras: switches.searchExtras,
  })

  const route = (): void => {
    if (state.session.account !== null) return void login.reconnect()
    const employer = findFixture.employer(state.session.employer_id)
    if (employer) {
      search.chooseEmployer(employer, true)
      return
    }
    const platform = findFixture.platform(state.session.platform_id)
    if (platform) {
      search.choosePlatform(platform, true)
      return
    }
    search.showSearch(false)
  }

  // Continue on the intro activates the token's solution (Link v2.3+ `user_activated`).
  const activate = (): void => {
    channel.emit('user_activated', { solutionName: solutionName(state.session.jobs) })
    route()
  }

  if (state.session.skip_intro_screen) {
    route()
    return
  }
  session.view.show({
    render: () =>
      renderIntro(t, state.session.org_name, {
        switching: state.session.jobs.includes('direct_deposit_switch'),
        onContinue: activate,
        onClose: requestClose,
      }),
  })
}
