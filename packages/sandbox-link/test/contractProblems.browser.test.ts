import { describe, expect, it } from 'vitest'
import { contractProblems } from './linkHarness'

describe('contractProblems (the check every recorded event passes)', () => {
  it('checks against the contract: what Pinwheel does not send is a problem', () => {
    expect(contractProblems('success', { accountId: 'a', platformId: 'p', job: 'login' })).toEqual(
      [],
    )
    expect(
      contractProblems('success', { accountId: 'a', platformId: 'p', job: 'paystubs' }),
    ).toEqual(['success with a job outside LinkApiJob: paystubs'])
    expect(contractProblems('screen_transition', { screenName: 'INTRO' })).toHaveLength(1)
    expect(contractProblems('login', { accountId: 'a', platformId: 'p', extra: 1 })).toHaveLength(1)
    expect(contractProblems('PINWHEEL_SUCCESS', {})).toHaveLength(1)
  })
})
