import type { InitializationParams, PinwheelGlobal } from '@linkwheel/core'
import { describe, expect, it, vi } from 'vitest'
import { analytics, openRecorded, store } from './eventStore'

const claims = {
  required_jobs: ['direct_deposit_switch'],
  exp: Math.floor(Date.now() / 1000) + 600,
}
const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '')
const linkToken = `${encode({ alg: 'HS256' })}.${encode(claims)}.sig`

describe('the Event store example of the core README', () => {
  it('records what onEvent delivers, counts the drop-off screen, and keeps it in sessionStorage', async () => {
    let params: InitializationParams | undefined
    const Pinwheel: PinwheelGlobal = {
      open: async (given) => {
        params = given
      },
      close: async () => {},
    }
    const closed = openRecorded(Pinwheel, linkToken, 's1')
    params?.onEvent?.('open', {})
    params?.onEvent?.('screen_transition', { screenName: 'DD_AMOUNT_SELECTION' })
    params?.onEvent?.('screen_transition', { screenName: 'EXIT_CONFIRMATION' })
    params?.onEvent?.('exit', {})
    closed()
    const { steps, dropOffs, statuses, switchMedian } = analytics()
    expect(steps[0]).toMatchObject({ sessions: 1 })
    expect(steps.at(-1)).toMatchObject({ sessions: 0 })
    expect(dropOffs).toEqual([{ screen: 'DD_AMOUNT_SELECTION', sessions: 1, share: 1 }])
    expect(statuses.exited).toBe(1)
    expect(switchMedian).toBeUndefined()
    expect(JSON.stringify(store.getState())).not.toContain(linkToken)
    await vi.waitFor(() =>
      expect(sessionStorage.getItem('linkwheel:events')).toContain('DD_AMOUNT_SELECTION'),
    )
    expect(sessionStorage.getItem('linkwheel:events')).not.toContain(linkToken)
  })
})
