import { afterEach, describe, expect, it } from 'vitest'
import { loadPinwheel } from './loadPinwheel'

const scriptUrl = (source: string) =>
  URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))

afterEach(() => {
  delete (window as { Pinwheel?: unknown }).Pinwheel
})

describe('loadPinwheel in Chromium', () => {
  it('resolves the global a real script defines', async () => {
    const url = scriptUrl('window.Pinwheel = { open: async () => {}, close: async () => {} }')
    const global = await loadPinwheel({ url })
    expect(typeof global?.open).toBe('function')
    expect(document.querySelectorAll(`script[src="${url}"]`)).toHaveLength(1)
  })

  it('rejects with network on a 404 and removes the tag', async () => {
    const url = new URL('/no-such-pinwheel-script.js', location.href).href
    await expect(loadPinwheel({ url })).rejects.toMatchObject({
      name: 'LinkScriptError',
      code: 'network',
    })
    expect(document.querySelector(`script[src="${url}"]`)).toBeNull()
  })

  it('rejects with missing_global when a real script defines no Pinwheel', async () => {
    const url = scriptUrl('window.SomethingElse = {}')
    await expect(loadPinwheel({ url })).rejects.toMatchObject({ code: 'missing_global' })
  })

  it('rejects with blocked when the page CSP forbids the script host', async () => {
    const meta = document.createElement('meta')
    meta.httpEquiv = 'Content-Security-Policy'
    meta.content = `script-src 'self' 'unsafe-inline' 'unsafe-eval' blob: ${location.origin}`
    document.head.appendChild(meta)
    await expect(
      loadPinwheel({ url: 'https://cdn.getpinwheel.com/pinwheel-v3.2.1.js' }),
    ).rejects.toMatchObject({
      code: 'blocked',
    })
  })
})
