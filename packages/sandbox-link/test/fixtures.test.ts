import { describe, expect, it } from 'vitest'
import { sandboxEmployers, sandboxPlatforms } from '../src/index'
import { isFrameToHostMessage, isPinwheelInitMessage } from '../src/protocol/linkMessages'

describe('sandbox fixtures', () => {
  it('has 50 employers with unique ids, each on one of the 10 platforms', () => {
    expect(sandboxPlatforms).toHaveLength(10)
    expect(new Set(sandboxPlatforms.map((p) => p.id)).size).toBe(10)
    expect(sandboxEmployers).toHaveLength(50)
    expect(new Set(sandboxEmployers.map((e) => e.id)).size).toBe(50)
    const platformIds = new Set(sandboxPlatforms.map((p) => p.id))
    for (const employer of sandboxEmployers) expect(platformIds.has(employer.platformId)).toBe(true)
  })

  it('marks some employers, not all, as needing provider confirmation', () => {
    const confirming = sandboxEmployers.filter((e) => e.requiresProviderConfirmation)
    expect(confirming.length).toBeGreaterThan(0)
    expect(confirming.length).toBeLessThan(sandboxEmployers.length)
  })
})

describe('link message guards', () => {
  it('accepts only the frame message types, with an event name on PINWHEEL_EVENT', () => {
    expect(isFrameToHostMessage({ type: 'PINWHEEL_EVENT', eventName: 'open', payload: {} })).toBe(
      true,
    )
    expect(isFrameToHostMessage({ type: 'PINWHEEL_EVENT', payload: {} })).toBe(false)
    expect(isFrameToHostMessage({ type: 'PINWHEEL_MODAL_CLOSE' })).toBe(true)
    // 2020-era message types Pinwheel no longer sends: every event is a PINWHEEL_EVENT.
    expect(isFrameToHostMessage({ type: 'PINWHEEL_EXIT', payload: {} })).toBe(false)
    expect(isFrameToHostMessage({ type: 'PINWHEEL_SUCCESS', payload: {} })).toBe(false)
    expect(isFrameToHostMessage({ type: 'PINWHEEL_FRAME_READY' })).toBe(false)
    expect(isFrameToHostMessage({ type: 'SOMETHING_ELSE' })).toBe(false)
    expect(isFrameToHostMessage('PINWHEEL_EXIT')).toBe(false)
    expect(isFrameToHostMessage(null)).toBe(false)
  })

  it('accepts PINWHEEL_INIT only with a string token', () => {
    expect(isPinwheelInitMessage({ type: 'PINWHEEL_INIT', payload: { linkToken: 'abc' } })).toBe(
      true,
    )
    expect(isPinwheelInitMessage({ type: 'PINWHEEL_INIT', payload: {} })).toBe(false)
    expect(isPinwheelInitMessage({ type: 'PINWHEEL_EVENT', payload: { linkToken: 'abc' } })).toBe(
      false,
    )
  })
})
