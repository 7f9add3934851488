import { afterEach, describe, expect, it } from 'vitest'
import { createSandboxPinwheel } from '../src/host/createSandboxPinwheel'

afterEach(() => document.body.replaceChildren())

/**
 * The host's side of the protocol, seen from a same-origin stand-in frame page (the real frame is
 * cross-origin, so a test cannot read what reaches it): INIT goes out once, when the iframe loads,
 * with the payload Pinwheel's SDKs post.
 */
describe('sandbox pinwheel.js host', () => {
  it('posts PINWHEEL_INIT with the documented payload when the iframe has loaded', async () => {
    const received: unknown[] = []
    const watch = new MutationObserver(() => {
      const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-pinwheel=modal]')
      if (!iframe || iframe.dataset.watched) return
      iframe.dataset.watched = 'true'
      // Registered after the host's own load listener: the INIT it posts is still queued.
      iframe.addEventListener('load', () =>
        iframe.contentWindow?.addEventListener('message', (event) => received.push(event.data)),
      )
    })
    watch.observe(document.body, { childList: true })
    const Pinwheel = createSandboxPinwheel(new URL('/README.md', location.origin).href)
    await Pinwheel.open({
      linkToken: 'token-1',
      onSuccess: () => {},
      onEvent: () => {},
      _sdkOverride: 'react',
      _versionOverride: { major: 3, minor: 0, patch: 0 },
    })
    await expect.poll(() => received.length).toBe(1)
    watch.disconnect()
    const before = Date.now()
    expect(received[0]).toEqual({
      type: 'PINWHEEL_INIT',
      payload: {
        linkToken: 'token-1',
        uniqueUserId: localStorage.getItem('pinwheel-uuid'),
        initializationTimestamp: expect.any(Number),
        sdk: 'react',
        platform: 'web',
        version: { major: 3, minor: 0, patch: 0 },
        deviceMetadata: expect.objectContaining({ userAgent: navigator.userAgent }),
        initializationOptions: {
          hasOnSuccess: true,
          hasOnEvent: true,
          hasOnExit: false,
          hasOnError: false,
          hasOnLogin: false,
        },
      },
    })
    const { initializationTimestamp } = (
      received[0] as { payload: { initializationTimestamp: number } }
    ).payload
    expect(initializationTimestamp).toBeLessThanOrEqual(before)
    expect(localStorage.getItem('pinwheel-uuid')).toMatch(/^[0-9a-f-]{36}$/)
    await Pinwheel.close()
  })
})
