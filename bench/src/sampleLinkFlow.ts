/**
 * One plausible connect flow as the Link script reports it (`onEvent(name, payload)`): search,
 * pick an employer and platform, log in, allocate, succeed, exit. The benchmarks replay it to
 * feed the store with realistic, varied events; every 10th session also hits a login error.
 */
export const sampleLinkFlow: ReadonlyArray<
  readonly [name: string, payload: Record<string, unknown>]
> = [
  ['open', {}],
  ['screen_transition', { screenName: 'SEARCH_DEFAULT' }],
  ['select_employer', { selectedEmployerId: 'emp_acme', selectedEmployerName: 'Acme Corp' }],
  ['select_platform', { selectedPlatformId: 'plt_workday', selectedPlatformName: 'Workday' }],
  ['screen_transition', { screenName: 'LOGIN', selectedPlatformId: 'plt_workday' }],
  ['login_attempt', { platformId: 'plt_workday' }],
  ['login', { accountId: 'acc_0001', platformId: 'plt_workday' }],
  ['input_allocation', { action: 'full_switch' }],
  ['success', { accountId: 'acc_0001', platformId: 'plt_workday', job: 'direct_deposit_switch' }],
  ['exit', {}],
]

/** The error event mixed into some sessions, so error slices change too. */
export const sampleLinkError: readonly [name: string, payload: Record<string, unknown>] = [
  'error',
  {
    type: 'userActionRequired',
    code: 'invalidCredentials',
    message: 'Wrong password',
    pendingRetry: false,
  },
]
