// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadPinwheel } from './loadPinwheel'
import { preloadPinwheel } from './preloadPinwheel'

describe('loadPinwheel on the server', () => {
  it('resolves null when there is no window', async () => {
    expect(typeof window).toBe('undefined')
    await expect(loadPinwheel()).resolves.toBeNull()
  })

  it('lets preloadPinwheel resolve false without throwing', async () => {
    await expect(
      preloadPinwheel({ url: 'https://cdn.getpinwheel.com/pinwheel-v3.2.1.js' }),
    ).resolves.toBe(false)
  })
})
