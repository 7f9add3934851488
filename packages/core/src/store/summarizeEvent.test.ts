import { describe, expect, it } from 'vitest'
import { loginError, play } from '../test-utils/linkFlows'
import { createLinkEventStore } from './createLinkEventStore'

/** An unsigned JWT with these claims (the store reads claims, it never verifies). */
function tokenWith(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
}

type Flow = Array<[string, unknown]>
const success = (job: string): [string, unknown] => [
  'success',
  { accountId: 'acc_1', platformId: 'plt_1', job },
]
const toLogin: Flow = [
  ['open', {}],
  ['screen_transition', { screenName: 'SEARCH_DEFAULT' }],
  ['select_employer', { selectedEmployerId: 'emp_1', selectedEmployerName: 'Acme' }],
  ['screen_transition', { screenName: 'LOGIN' }],
  ['login_attempt', { platformId: 'plt_1' }],
  ['login', { accountId: 'acc_1', platformId: 'plt_1' }],
]

describe('startSession with a Link token', () => {
  it('reads the jobs from required_jobs, features (newer API versions) or jobs (the mock API)', () => {
    const store = createLinkEventStore()
    const start = (sessionId: string, claims: Record<string, unknown>) =>
      store.getState().startSession({ sessionId, linkToken: tokenWith(claims) })
    start('a', { required_jobs: ['direct_deposit_switch', 'income'] })
    start('b', { features: 'income, employment' })
    start('c', { jobs: ['card_switch'] })
    store.getState().startSession({ sessionId: 'd', linkToken: 'opaque-token-value' })
    const { sessions } = store.getState()
    expect(sessions.a).toMatchObject({ jobs: ['direct_deposit_switch', 'income'], switchJob: true })
    expect(sessions.b).toMatchObject({ jobs: ['income', 'employment'], switchJob: false })
    expect(sessions.c).toMatchObject({ jobs: ['card_switch'], switchJob: true })
    expect(sessions.d).toMatchObject({ jobs: [], switchJob: false, modeSource: 'default' })
  })

  it('decides the mode from account_id (On Demand Update) or employer_id / platform_id (connect)', () => {
    const store = createLinkEventStore()
    const token = (claims: Record<string, unknown>) => tokenWith({ jobs: ['income'], ...claims })
    store.getState().startSession({ sessionId: 'odu', linkToken: token({ account_id: 'acc_7' }) })
    store.getState().startSession({ sessionId: 'pre', linkToken: token({ employer_id: 'emp_1' }) })
    store.getState().startSession({ sessionId: 'any', linkToken: token({ account_id: null }) })
    const { sessions } = store.getState()
    expect(sessions.odu).toMatchObject({
      mode: 'on_demand_update',
      modeSource: 'given',
      accountId: 'acc_7',
    })
    expect(sessions.pre).toMatchObject({ mode: 'connect', modeSource: 'given' })
    expect(sessions.any).toMatchObject({ mode: 'connect', modeSource: 'default' })
  })

  it('never keeps the token itself', () => {
    const store = createLinkEventStore()
    const linkToken = tokenWith({ required_jobs: ['income'], org_name: 'Acme' })
    store.getState().startSession({ sessionId: 's', linkToken })
    play(store, 's', toLogin)
    expect(JSON.stringify(store.getState())).not.toContain(linkToken.split('.')[1])
  })
})

describe('session summary: job-aware success', () => {
  it('jobs switch + income, user closes on the amount screen: not succeeded, drop-off there', () => {
    const store = createLinkEventStore()
    store.getState().startSession({
      sessionId: 's',
      linkToken: tokenWith({ required_jobs: ['direct_deposit_switch', 'income'] }),
    })
    play(store, 's', [
      ...toLogin,
      success('income'),
      ['screen_transition', { screenName: 'DD_AMOUNT_SELECTION' }],
      ['screen_transition', { screenName: 'EXIT_CONFIRMATION' }],
      ['exit', {}],
    ])
    expect(store.getState().sessions.s).toMatchObject({
      status: 'exited',
      succeededAt: null,
      jobsSucceeded: [{ job: 'income', at: 6000 }],
      lastTaskScreen: 'DD_AMOUNT_SELECTION',
    })
  })

  it('a switch session succeeds when its switch job does, at that time', () => {
    const store = createLinkEventStore()
    store.getState().startSession({
      sessionId: 's',
      linkToken: tokenWith({ required_jobs: ['direct_deposit_switch', 'income'] }),
    })
    play(store, 's', [
      ...toLogin,
      success('income'),
      ['input_allocation', { action: 'full_switch' }],
      success('direct_deposit_switch'),
      ['exit', {}],
    ])
    expect(store.getState().sessions.s).toMatchObject({ status: 'succeeded', succeededAt: 8000 })
  })

  it('a read-only session succeeds at its first success', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 's', linkToken: tokenWith({ jobs: ['income'] }) })
    play(store, 's', [...toLogin, success('income'), ['exit', {}]])
    expect(store.getState().sessions.s).toMatchObject({
      status: 'succeeded',
      succeededAt: 6000,
      switchJob: false,
    })
  })

  it('without readable jobs, reaching a switch step makes it a switch session', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ...toLogin,
      success('income'),
      ['screen_transition', { screenName: 'DD_AMOUNT_SELECTION' }],
    ])
    expect(store.getState().sessions.s).toMatchObject({ switchJob: true, succeededAt: null })
    store.getState().endSession('s', 'closed', 99)
    expect(store.getState().sessions.s).toMatchObject({ status: 'closed', closedAt: 99 })
  })

  it('a session the host closed after its switch succeeded is succeeded, not closed', () => {
    const store = createLinkEventStore()
    play(store, 's', [...toLogin, success('card_switch')])
    store.getState().endSession('s', 'closed', 99)
    expect(store.getState().sessions.s).toMatchObject({ status: 'succeeded', succeededAt: 6000 })
  })
})

describe('session summary: errored or exited after an error', () => {
  it('a user who mistyped a password, then chose to leave, exited after an error', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ...toLogin.slice(0, 5),
      ['error', loginError],
      ['screen_transition', { screenName: 'EXIT_CONFIRMATION' }],
      ['exit', loginError],
    ])
    expect(store.getState().sessions.s).toMatchObject({
      status: 'exited',
      exitError: loginError,
      errors: [loginError],
      lastTaskScreen: 'LOGIN',
    })
  })

  it('an error that ended the flow (exit at once, no EXIT_CONFIRMATION) is errored', () => {
    const store = createLinkEventStore()
    const fatal = {
      type: 'platformError',
      code: 'systemError',
      message: 'down',
      pendingRetry: false,
    }
    play(store, 's', [...toLogin.slice(0, 5), ['error', fatal], ['exit', fatal]])
    expect(store.getState().sessions.s).toMatchObject({ status: 'errored', exitError: fatal })
  })

  it('a plain exit is exited with no exit error', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ['open', {}],
      ['exit', {}],
    ])
    expect(store.getState().sessions.s).toMatchObject({ status: 'exited', exitError: null })
  })
})

describe('session summary: mode and screens', () => {
  it('infers on_demand_update when login comes with no selection before it', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 'odu' })
    play(store, 'odu', [
      ['open', {}],
      ['screen_transition', { screenName: 'LOGIN', selectedPlatformId: 'plt_1' }],
      ['login', { accountId: 'acc_9', platformId: 'plt_1' }],
    ])
    expect(store.getState().sessions.odu).toMatchObject({
      mode: 'on_demand_update',
      modeSource: 'events',
      accountId: 'acc_9',
      platform: { id: 'plt_1', name: '' },
      employer: null,
    })
  })

  it('infers connect from a selection or a search screen, and keeps it after login', () => {
    const store = createLinkEventStore()
    play(store, 'a', [
      ['select_employer', { selectedEmployerId: 'e', selectedEmployerName: 'E' }],
      ['login', { accountId: 'x', platformId: 'p' }],
    ])
    play(store, 'b', [
      ['screen_transition', { screen_name: 'SEARCH_RESULTS' }],
      ['login', { accountId: 'x', platformId: 'p' }],
    ])
    play(store, 'c', [
      ['incorrect_platform_given', {}],
      ['login', { accountId: 'x', platformId: 'p' }],
    ])
    for (const id of ['a', 'b', 'c']) {
      expect(store.getState().sessions[id]).toMatchObject({ mode: 'connect', modeSource: 'events' })
    }
  })

  it('keeps a mode given to startSession whatever the events say', () => {
    const store = createLinkEventStore()
    store.getState().startSession({ sessionId: 's', mode: 'connect', accountId: 'acc_1' })
    play(store, 's', [['login', { accountId: 'acc_2', platformId: 'p' }]])
    expect(store.getState().sessions.s).toMatchObject({
      mode: 'connect',
      modeSource: 'given',
      accountId: 'acc_2',
    })
    store.getState().startSession({ sessionId: 'u', mode: 'on_demand_update' })
    play(store, 'u', [['select_employer', { selectedEmployerId: 'e', selectedEmployerName: 'E' }]])
    expect(store.getState().sessions.u).toMatchObject({
      mode: 'on_demand_update',
      modeSource: 'given',
    })
  })

  it('tracks screens, skipping EXIT_CONFIRMATION for lastTaskScreen', () => {
    const store = createLinkEventStore()
    play(store, 's', [
      ['screen_transition', { screenName: 'LOGIN' }],
      ['screen_transition', { screenName: 'EXIT_CONFIRMATION' }],
    ])
    expect(store.getState().sessions.s).toMatchObject({
      lastScreen: 'EXIT_CONFIRMATION',
      lastTaskScreen: 'LOGIN',
    })
  })

  it('records allocations, the deprecated input_amount as a partial switch', () => {
    const store = createLinkEventStore()
    play(store, 's', [['input_amount', { value: 25, unit: '%' }]])
    expect(store.getState().sessions.s?.allocation).toEqual({
      action: 'partial_switch',
      allocation: { type: 'percentage', value: 25 },
    })
    play(store, 's', [
      ['input_allocation', { action: 'partial_switch', allocation: { type: 'remainder' } }],
    ])
    expect(store.getState().sessions.s?.allocation).toEqual({
      action: 'partial_switch',
      allocation: { type: 'remainder' },
    })
  })

  it('lists each succeeded job once and keeps the first success time', () => {
    const store = createLinkEventStore()
    const success = (job: string) =>
      ['success', { accountId: 'a', platformId: 'p', job }] as [string, unknown]
    play(store, 's', [success('income'), success('income'), success('paystubs')], 10)
    expect(store.getState().sessions.s).toMatchObject({
      jobsSucceeded: [
        { job: 'income', at: 10 },
        { job: 'paystubs', at: 2010 },
      ],
      succeededAt: 10,
      accountId: 'a',
    })
  })
})
