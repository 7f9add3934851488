/**
 * Values Pinwheel documents for Link's open-ended fields. Every SDK types these fields as
 * `string` (or says new values are backwards-compatible additions, per Pinwheel's
 * change-management page), so a value outside these lists is allowed; the lists say what is
 * known today and what the sandbox may send.
 */

/** The Link majors whose event catalogue the contract states. */
export const linkMajors = ['v2.3', 'v3', 'v4'] as const

/** One Link major: `v2.3`, `v3` or `v4`. */
export type LinkMajor = (typeof linkMajors)[number]

/** Screens of the seed's table (docs page link-events); `screenName` is `string` in every SDK. */
export const knownScreenNames = [
  'SEARCH_DEFAULT',
  'SEARCH_RESULTS',
  'SEARCH_PLATFORM_ONLY',
  'PROVIDER_CONFIRMATION',
  'LOGIN',
  'DD_AMOUNT_SELECTION',
  'DD_CONFIRMATION',
  'JOB_SUCCESS',
  'JOB_ERROR',
  'EXIT_CONFIRMATION',
] as const

/** `PinwheelErrorType` of react-modal `src/client-events/registry/v2.3.ts` (also docs page link-errors). */
export const knownErrorTypes = [
  'sandboxError',
  'clientError',
  'systemError',
  'userActionRequired',
  'platformError',
  'invalidAccountsConfiguration',
  'invalidUserInput',
  'invalidLinkToken',
  'networkError',
] as const

/** Error codes named on the docs page link-errors (codes are stable; messages are not). */
export const knownErrorCodes = [
  'usedLinkToken',
  'expiredLinkToken',
  'invalidLinkTokenSignature',
  'networkError',
  'connectionRateLimited',
  'systemError',
  'invalidCredentials',
  'accountLocked',
  'challengeAnswerIncorrect',
  'changePasswordRequired',
  'accountNotActive',
  'maxAccounts',
  'changesTemporarilyDisabled',
] as const

/** `LinkApiJob` of react-modal `registry/v2.3.ts`: read-only jobs report `login`. */
export const knownSuccessJobs = ['login', 'direct_deposit_switch', 'card_switch'] as const
