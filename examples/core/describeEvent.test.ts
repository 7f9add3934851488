import { parsePinwheelEvent } from '@linkwheel/core'
import { describe, expect, it } from 'vitest'
import { describeEvent, newer } from './describeEvent'

describe('the Events example of the core README', () => {
  it('narrows each payload by the event name', () => {
    expect(
      describeEvent(
        parsePinwheelEvent('select_employer', {
          selectedEmployerId: 'emp_1',
          selectedEmployerName: 'Acme',
        }),
      ),
    ).toBe('chose Acme')
    expect(describeEvent(parsePinwheelEvent('screen_transition', { screenName: 'LOGIN' }))).toBe(
      'screen LOGIN',
    )
  })

  it('keeps an event it does not know as unknown, without throwing', () => {
    expect(newer).toMatch(/^kept as unknown: /)
  })
})
