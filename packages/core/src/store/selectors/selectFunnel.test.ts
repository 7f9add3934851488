import { describe, expect, it } from 'vitest'
import { connectFlow, loginError, play } from '../../test-utils/linkFlows'
import { createLinkEventStore } from '../createLinkEventStore'
import { selectDropOffScreens } from './selectDropOffScreens'
import { selectFunnel } from './selectFunnel'
import { selectTimeToSuccess } from './selectTimeToSuccess'

type Flow = ReadonlyArray<[string, unknown]>
const upTo = (name: string): Flow =>
  connectFlow.slice(0, connectFlow.findIndex(([n]) => n === name) + 1)
const odu: Flow = [
  ['open', {}],
  ['screen_transition', { screenName: 'LOGIN' }],
  ['login', { accountId: 'acc_1', platformId: 'plt_1' }],
  ['success', { accountId: 'acc_1', platformId: 'plt_1', job: 'direct_deposit_switch' }],
  ['exit', {}],
]

describe('selectFunnel', () => {
  it('counts each step across sessions with conversions', () => {
    const store = createLinkEventStore()
    play(store, 'full', connectFlow)
    play(store, 'atLogin', [...upTo('login_attempt'), ['exit', loginError]])
    play(store, 'atSearch', [
      ['open', {}],
      ['screen_transition', { screenName: 'SEARCH_DEFAULT' }],
      ['exit', {}],
    ])
    play(store, 'atAllocation', [...upTo('login'), ['exit', {}]])
    store.getState().startSession({ sessionId: 'neverOpened' })
    const { all } = selectFunnel(store.getState())
    expect(all.counts).toEqual({
      opened: 4,
      employerChosen: 3,
      loginAttempted: 3,
      loggedIn: 2,
      allocationSubmitted: 1,
      succeeded: 1,
    })
    // Read-only sessions never pass an allocation step: the mixed funnel leaves it out.
    expect(all.steps.map((s) => [s.step, s.conversion, s.overall])).toEqual([
      ['opened', 1, 1],
      ['employerChosen', 0.75, 0.75],
      ['loginAttempted', 1, 0.75],
      ['loggedIn', 2 / 3, 0.5],
      ['succeeded', 0.5, 0.25],
    ])
    expect(selectFunnel(store.getState()).switch.steps.map((s) => s.step)).toEqual([
      'opened',
      'employerChosen',
      'loginAttempted',
      'loggedIn',
      'allocationSubmitted',
      'succeeded',
    ])
  })

  it('is job-aware: switch + income closed on the amount screen is no success (the issue example)', () => {
    const store = createLinkEventStore()
    const claims = Buffer.from(
      JSON.stringify({ required_jobs: ['direct_deposit_switch', 'income'] }),
    ).toString('base64url')
    store.getState().startSession({ sessionId: 's', linkToken: `e30.${claims}.c2ln` })
    play(store, 's', [
      ...upTo('login'),
      ['success', { accountId: 'acc_1', platformId: 'plt_workday', job: 'income' }],
      ['screen_transition', { screenName: 'DD_AMOUNT_SELECTION' }],
      ['screen_transition', { screenName: 'EXIT_CONFIRMATION' }],
      ['exit', {}],
    ])
    const funnels = selectFunnel(store.getState())
    expect(funnels.switch.counts).toEqual({
      opened: 1,
      employerChosen: 1,
      loginAttempted: 1,
      loggedIn: 1,
      allocationSubmitted: 0,
      succeeded: 0,
    })
    expect(funnels.all.counts.succeeded).toBe(0)
    expect(funnels.readOnly.counts.opened).toBe(0)
    expect(selectDropOffScreens(store.getState()).screens).toEqual([
      { screen: 'DD_AMOUNT_SELECTION', sessions: 1, share: 1 },
    ])
    const toSuccess = selectTimeToSuccess(store.getState())
    expect(toSuccess.count).toBe(0)
    expect(toSuccess.byJob.income?.count).toBe(1)
  })

  it('counts a read-only session that succeeded at login as succeeded, never as allocating', () => {
    const store = createLinkEventStore()
    play(store, 'r', [
      ...upTo('login'),
      ['success', { accountId: 'acc_1', platformId: 'plt_workday', job: 'income' }],
      ['exit', {}],
    ])
    play(store, 'w', connectFlow)
    const funnels = selectFunnel(store.getState())
    expect(funnels.readOnly.counts).toMatchObject({
      loggedIn: 1,
      allocationSubmitted: 0,
      succeeded: 1,
    })
    expect(funnels.switch.counts).toMatchObject({ allocationSubmitted: 1, succeeded: 1 })
    expect(funnels.all.counts).toMatchObject({ allocationSubmitted: 1, succeeded: 2 })
  })

  it('counts On Demand Update sessions as past the search step, and also on their own', () => {
    const store = createLinkEventStore()
    play(store, 'odu', odu)
    store.getState().startSession({ sessionId: 'oduOpened', mode: 'on_demand_update' })
    play(store, 'oduOpened', [
      ['open', {}],
      ['exit', {}],
    ])
    play(store, 'connect', upTo('select_employer'))
    const funnels = selectFunnel(store.getState())
    expect(funnels.onDemandUpdate.counts).toEqual({
      opened: 2,
      employerChosen: 2,
      loginAttempted: 1,
      loggedIn: 1,
      allocationSubmitted: 1,
      succeeded: 1,
    })
    expect(funnels.connect.counts).toMatchObject({
      opened: 1,
      employerChosen: 1,
      loginAttempted: 0,
    })
    expect(funnels.all.counts).toMatchObject({ opened: 3, employerChosen: 3, loggedIn: 1 })
  })

  it('reports zero conversions, not NaN, when nothing opened', () => {
    const funnel = selectFunnel(createLinkEventStore().getState()).all
    expect(
      funnel.steps.every((s) => s.sessions === 0 && s.conversion === 0 && s.overall === 0),
    ).toBe(true)
  })

  it('returns the same object until the numbers change', () => {
    const store = createLinkEventStore()
    play(store, 's', [['open', {}]])
    const first = selectFunnel(store.getState())
    expect(selectFunnel(store.getState())).toBe(first)
    play(store, 's', [['screen_transition', { screenName: 'SEARCH_DEFAULT' }]])
    expect(selectFunnel(store.getState())).toBe(first)
    play(store, 's', [['select_employer', { selectedEmployerId: 'e', selectedEmployerName: 'E' }]])
    const second = selectFunnel(store.getState())
    expect(second).not.toBe(first)
    expect(second.all.counts.employerChosen).toBe(1)
  })
})
