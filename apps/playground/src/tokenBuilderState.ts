import type { LinkTokenOptions } from '../server/buildLinkTokenRequest'

/** Where the token for the next open comes from. */
export type TokenSource = 'fresh' | 'reuse' | 'paste'

/** Everything the token builder form holds. */
export interface TokenBuilderState {
  /** A new connection, or an On Demand Update of a connected account. */
  mode: 'connect' | 'update'
  /** Jobs to request. */
  jobs: string[]
  /** The app's id for the user. */
  endUserId: string
  /** The account to update (mode `update`). */
  accountId: string
  /** Link's language. */
  language: 'en' | 'es'
  /** Skip Link's intro screen. */
  skipIntro: boolean
  /** Draw Link in dark mode (`useDarkMode`, a display option: not part of the token). */
  darkMode: boolean
  /** Preselected employer id, or ''. */
  employerId: string
  /** Preselected platform id, or ''. */
  platformId: string
  /** Deposit target of a direct deposit switch. */
  accountType: 'checking' | 'savings'
  /** 9 digits. */
  routingNumber: string
  /** 4 to 17 digits. */
  accountNumber: string
  /** Hide the partial switch option. */
  disablePartialSwitch: boolean
  /** `fresh`: a new token per open (right); `reuse`: the last one again; `paste`: {@link pastedToken}. */
  tokenSource: TokenSource
  /** A token pasted by hand (e.g. an old one, to see the expired-token error). */
  pastedToken: string
}

/** The form's starting values: a direct deposit switch plus identity for `end_user_demo`. */
export const initialTokenBuilderState: TokenBuilderState = {
  mode: 'connect',
  jobs: ['direct_deposit_switch', 'identity'],
  endUserId: 'end_user_demo',
  accountId: '',
  language: 'en',
  skipIntro: false,
  darkMode: false,
  employerId: '',
  platformId: '',
  accountType: 'checking',
  routingNumber: '021000021',
  accountNumber: '9876543210',
  disablePartialSwitch: false,
  tokenSource: 'fresh',
  pastedToken: '',
}

/** Jobs that move money and so need a deposit target. */
export function needsDeposit(jobs: readonly string[]): boolean {
  return jobs.includes('direct_deposit_switch')
}

/** The body of `POST /api/link-token` for the form's values. */
export function toLinkTokenOptions(state: TokenBuilderState): LinkTokenOptions {
  const options: LinkTokenOptions = {
    jobs: state.jobs,
    language: state.language,
    skip_intro_screen: state.skipIntro,
    disable_partial_switch: state.disablePartialSwitch,
  }
  if (state.mode === 'update') options.account_id = state.accountId
  else {
    options.end_user_id = state.endUserId
    if (state.employerId) options.employer_id = state.employerId
    if (state.platformId) options.platform_id = state.platformId
  }
  if (state.endUserId && state.mode === 'update') options.end_user_id = state.endUserId
  if (needsDeposit(state.jobs)) {
    options.deposit = {
      account_type: state.accountType,
      routing_number: state.routingNumber,
      account_number: state.accountNumber,
    }
  }
  return options
}
