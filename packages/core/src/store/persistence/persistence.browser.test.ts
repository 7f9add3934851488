import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLinkEventStore } from '../createLinkEventStore'
import { DEFAULT_LINK_EVENT_STORAGE_KEY, persistLinkEvents } from '../persistLinkEvents'

/** Resolves once events have paused long enough for the batched write (idle + 50 ms quiet). */
const afterWrite = () => new Promise((resolve) => setTimeout(resolve, 1200))

const flow: Array<[string, unknown]> = [
  ['open', {}],
  ['screen_transition', { screenName: 'LOGIN' }],
  ['login', { accountId: 'acc_1', platformId: 'plt_1' }],
  ['success', { accountId: 'acc_1', platformId: 'plt_1', job: 'income' }],
  ['exit', {}],
]
const burst = (store: ReturnType<typeof createLinkEventStore>, count: number) => {
  for (let i = 0; i < count; i++) {
    const [name, payload] = flow[i % flow.length] as [string, unknown]
    store.getState().record(`s${Math.floor(i / flow.length)}`, name, payload)
  }
}

afterEach(() => sessionStorage.clear())

describe('persistLinkEvents in Chromium (sessionStorage)', () => {
  it('writes a burst of 3,000 events once, after it, and a new store reads it back', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const store = createLinkEventStore({ persist: persistLinkEvents() })
    burst(store, 3000)
    expect(setItem).not.toHaveBeenCalled()
    await afterWrite()
    expect(setItem).toHaveBeenCalledTimes(1)
    const reloaded = createLinkEventStore({ persist: persistLinkEvents() }).getState()
    expect(reloaded.events).toHaveLength(1000)
    expect(reloaded.lastSeq).toBe(3000)
    expect(reloaded.sessions.s599).toMatchObject({ status: 'succeeded', eventCount: 5 })
  })

  it('survives the real quota error: memory keeps everything, storage the newest that fit', async () => {
    // Fill sessionStorage until one more 64 KiB item no longer fits.
    const chunk = 'x'.repeat(64 * 1024)
    let filled = 0
    try {
      for (; filled < 1000; filled++) sessionStorage.setItem(`filler-${filled}`, chunk)
    } catch {
      // Full.
    }
    sessionStorage.removeItem(`filler-${filled - 1}`)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = createLinkEventStore({ persist: persistLinkEvents() })
    burst(store, 1000)
    await afterWrite()
    expect(store.getState().events).toHaveLength(1000)
    expect(warn).toHaveBeenCalledTimes(1)
    const stored = JSON.parse(sessionStorage.getItem(DEFAULT_LINK_EVENT_STORAGE_KEY) ?? 'null')
    expect(stored?.state.lastSeq).toBe(1000)
    expect(stored?.state.events.length).toBeGreaterThan(0)
    expect(stored?.state.events.length).toBeLessThan(1000)
  })
})
