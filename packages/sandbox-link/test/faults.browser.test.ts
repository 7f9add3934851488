import { describe, expect, inject, it } from 'vitest'
import { page } from 'vitest/browser'
import {
  closeLinkAfterEach,
  createLinkToken,
  linkFrame,
  mockApi,
  openLink,
  waitForClosed,
  waitForEvent,
} from './linkHarness'

/**
 * postMessage from a foreign window or origin, in Chromium against the real mock API: neither the
 * host script nor the Link frame may act on it. (Forged messages from the host page itself are
 * covered in lifecycleFlows.)
 */

const linkOrigin = () => new URL(inject('mockApiUrl')).origin
const frameUrl = (parentOrigin: string) =>
  `${inject('mockApiUrl')}/link/frame.html?parentOrigin=${encodeURIComponent(parentOrigin)}`

const initMessage = (linkToken: string) => ({
  type: 'PINWHEEL_INIT',
  payload: {
    linkToken,
    uniqueUserId: crypto.randomUUID(),
    initializationTimestamp: Date.now(),
    sdk: 'js',
    platform: 'web',
    version: { major: 3, minor: 0, patch: 1 },
    deviceMetadata: {},
    initializationOptions: {
      hasOnSuccess: false,
      hasOnEvent: false,
      hasOnExit: false,
      hasOnError: false,
      hasOnLogin: false,
    },
  },
})

/** Whether the mock API still accepts the token (it is single-use: a frame that started used it). */
const tokenUnused = async (token: string) =>
  (await mockApi('POST', '/internal/link/sessions', { link_token: token })).status === 200

/** Messages from the Link origin that reached this window, by type. */
function listen(): string[] {
  const types: string[] = []
  window.addEventListener('message', (event) => {
    if (event.origin === linkOrigin()) types.push(String((event.data as { type?: unknown }).type))
  })
  return types
}

function addFrame(src: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe')
  frame.src = src
  frame.title = title
  document.body.append(frame)
  return frame
}

closeLinkAfterEach()

describe('sandbox Link host and frame under foreign postMessage', () => {
  it('host: ignores a second window on the Link origin that sends events, exit and close', async () => {
    const token = await createLinkToken({ required_jobs: ['income'], end_user_id: 'user-rogue' })
    const link = await openLink(token)
    await waitForEvent(link, 'open')
    const seen = listen()
    // A genuine frame page on the Link origin, in a window that is not the modal's iframe.
    const rogue = addFrame(frameUrl(location.origin), 'Rogue frame')
    // Above the modal's overlay, so the test can click in it.
    rogue.style.cssText = 'position:fixed;z-index:2147483002;left:0;top:0;width:400px;height:600px'
    await new Promise((resolve) => rogue.addEventListener('load', resolve, { once: true }))
    const rogueToken = await createLinkToken({
      required_jobs: ['income'],
      end_user_id: 'user-rogue-2',
    })
    rogue.contentWindow?.postMessage(initMessage(rogueToken), linkOrigin())
    // It runs its own Link: open, screens, then exit and close, all sent to this page.
    await expect.poll(() => seen.includes('PINWHEEL_EVENT')).toBe(true)
    const rogueFrame = page.frameLocator(page.getByTitle('Rogue frame'))
    await rogueFrame.getByRole('button', { name: 'Close' }).first().click()
    await rogueFrame.getByRole('button', { name: 'Exit' }).click()
    await expect.poll(() => seen.includes('PINWHEEL_MODAL_CLOSE')).toBe(true)

    // The real modal heard none of it and is still up and working.
    expect(link.events).toEqual([{ name: 'open', payload: {} }])
    expect(link.exits).toEqual([])
    expect(document.querySelectorAll('.pinwheel-portal')).toHaveLength(2)
    rogue.remove()
    await linkFrame().getByRole('button', { name: 'Close' }).first().click()
    await linkFrame().getByRole('button', { name: 'Exit' }).click()
    await waitForClosed()
    expect(link.exits).toEqual([{}])
    expect(link.events.filter((event) => event.name === 'exit')).toHaveLength(1)
  })

  it('frame: ignores PINWHEEL_INIT from a window other than its parent, and from its parent on another origin', async () => {
    const seen = listen()
    // The frame's parent is a same-origin wrapper; this page is a foreign window to it.
    const wrapper = document.createElement('iframe')
    wrapper.srcdoc = `<script>
      window.received = []
      addEventListener('message', (e) => received.push(e.data && e.data.type))
      window.send = (message, origin) => document.querySelector('iframe').contentWindow.postMessage(message, origin)
    </script><iframe src="${frameUrl(location.origin)}" onload="window.loaded = true"></iframe>`
    document.body.append(wrapper)
    const inner = wrapper.contentWindow as Window & {
      received?: string[]
      send?: unknown
      loaded?: boolean
    }
    await expect.poll(() => inner.loaded).toBe(true)
    const linkWindow = wrapper.contentDocument?.querySelector('iframe')?.contentWindow
    const foreignToken = await createLinkToken({ required_jobs: ['income'], end_user_id: 'fa' })
    linkWindow?.postMessage(initMessage(foreignToken), linkOrigin())

    // Its parent, but not the origin the frame was told its parent has.
    const misaddressed = addFrame(frameUrl('http://127.0.0.1:9'), 'Misaddressed frame')
    await new Promise((resolve) => misaddressed.addEventListener('load', resolve, { once: true }))
    const wrongOriginToken = await createLinkToken({ required_jobs: ['income'], end_user_id: 'fb' })
    misaddressed.contentWindow?.postMessage(initMessage(wrongOriginToken), linkOrigin())

    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(inner.received).toEqual([])
    expect(seen).toEqual([])
    expect(await tokenUnused(foreignToken)).toBe(true)
    expect(await tokenUnused(wrongOriginToken)).toBe(true)

    // The same message from the real parent starts Link: the checks, not a broken frame, said no.
    const parentToken = await createLinkToken({ required_jobs: ['income'], end_user_id: 'fc' })
    ;(inner.send as (message: unknown, origin: string) => void)(
      initMessage(parentToken),
      linkOrigin(),
    )
    await expect.poll(() => inner.received?.includes('PINWHEEL_LOAD_COMPLETE')).toBe(true)
    expect(await tokenUnused(parentToken)).toBe(false)
  })
})
