import { getDefaultLinkEventStore } from '@linkwheel/core'
import { describe, expect, it, vi } from 'vitest'
import { forwardEvents } from './forwardEvents'

describe('the Forwarding example of the core README', () => {
  it('tracks every new record once, until stopped', () => {
    const track = vi.fn()
    const stop = forwardEvents({ track })
    getDefaultLinkEventStore().getState().record('s9', 'open', {})
    expect(track).toHaveBeenCalledWith(
      'pinwheel_open',
      expect.objectContaining({ session_id: 's9' }),
    )
    stop()
    getDefaultLinkEventStore().getState().record('s9', 'exit', {})
    expect(track).toHaveBeenCalledOnce()
  })
})
