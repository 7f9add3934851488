import type { SandboxEmployer } from '../fixtures/sandboxEmployers.js'
import type { SandboxPlatform } from '../fixtures/sandboxPlatforms.js'
import type { View } from './createLinkView.js'
import { findFixture } from './findFixture.js'
import type { LinkStepContext } from './LinkStepContext.js'
import { renderMessage } from './screens/renderMessage.js'
import { renderSearch } from './screens/renderSearch.js'

/** What the search needs besides the session: the login to go on to, and the extra entry points. */
export interface SearchStepOptions extends LinkStepContext {
  showLogin(step: 'credentials', error: undefined): void
  searchExtras(): Array<{ label: string; onClick(): void }>
}

/** The steps before login: search, choosing an employer (with PROVIDER_CONFIRMATION) or a platform. */
export interface SearchSteps {
  showSearch(platformsOnly: boolean): void
  chooseEmployer(employer: SandboxEmployer, fromToken: boolean): void
  choosePlatform(platform: SandboxPlatform, fromToken: boolean): void
}

/** Creates the search steps of one session; the queries typed so far live here. */
export function createSearchSteps(options: SearchStepOptions): SearchSteps {
  const { state, view, channel, requestClose, showLogin } = options
  const { session, t } = state
  let incorrectPlatformReported = false
  let query = ''
  let platformQuery = ''

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
          extras: platformsOnly ? [] : options.searchExtras(),
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
    state.platform = findFixture.platform(employer.platformId)
    state.platformFromToken = false
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
    state.platformFromToken = fromToken
    showLogin('credentials', undefined)
  }

  return { showSearch, chooseEmployer, choosePlatform }
}
