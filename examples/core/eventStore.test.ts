import { parsePinwheelEvent } from '@linkwheel/core'
import { describe, expect, it, vi } from 'vitest'
import { dropOffs, steps, store } from './eventStore'

describe('the Event store example of the core README', () => {
  it('counts a session in the funnel and its drop-off screen, and keeps it in sessionStorage', async () => {
    const { record } = store.getState()
    record('s1', parsePinwheelEvent('open', {}))
    record('s1', parsePinwheelEvent('screen_transition', { screenName: 'LOGIN' }))
    record('s1', parsePinwheelEvent('exit', {}))
    expect(steps()[0]).toMatchObject({ sessions: 1, overall: 1 })
    expect(dropOffs()).toEqual([{ screen: 'LOGIN', sessions: 1, share: 1 }])
    await vi.waitFor(() => expect(sessionStorage.getItem('linkwheel:events')).toContain('LOGIN'))
  })
})
