import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PinwheelGlobal } from '../params/InitializationParams'
import { PINWHEEL_SCRIPT_INTEGRITY, PINWHEEL_SCRIPT_URL } from './PINWHEEL_SCRIPT_URL'

type LoaderModule = typeof import('./loadPinwheel')
type ErrorsModule = typeof import('../errors/LinkScriptError')

const defaultUrl = PINWHEEL_SCRIPT_URL

function fakeGlobal(): PinwheelGlobal {
  return { open: vi.fn(async () => {}), close: vi.fn(async () => {}) }
}

function scripts(): HTMLScriptElement[] {
  return Array.from(document.querySelectorAll('script'))
}

/** What the real script does when it runs: define the global, then the browser fires `load`. */
function runScript(script: HTMLScriptElement, global: unknown = fakeGlobal()) {
  ;(window as { Pinwheel?: unknown }).Pinwheel = global
  script.dispatchEvent(new Event('load'))
}

let loader: LoaderModule
let errors: ErrorsModule

beforeEach(async () => {
  vi.resetModules()
  loader = await import('./loadPinwheel')
  errors = await import('../errors/LinkScriptError')
})

afterEach(() => {
  vi.useRealTimers()
  delete (window as { Pinwheel?: unknown }).Pinwheel
  for (const script of scripts()) script.remove()
})

describe('loadPinwheel', () => {
  it('touches nothing at import time', () => {
    expect(scripts()).toHaveLength(0)
  })

  it('injects one async tag for the pinned CDN script and resolves the global on load', async () => {
    const promise = loader.loadPinwheel()
    const [script, ...others] = scripts()
    expect(others).toHaveLength(0)
    expect(script?.src).toBe(defaultUrl)
    expect(script?.async).toBe(true)
    // The default pin carries Pinwheel's published SRI hash, which needs a CORS request.
    expect(script?.getAttribute('integrity')).toBe(PINWHEEL_SCRIPT_INTEGRITY)
    expect(script?.getAttribute('crossorigin')).toBe('anonymous')
    const global = fakeGlobal()
    runScript(script!, global)
    await expect(promise).resolves.toBe(global)
  })

  it('shares one promise and one tag between concurrent calls for the same URL', async () => {
    const first = loader.loadPinwheel()
    const second = loader.loadPinwheel({ url: defaultUrl })
    expect(second).toBe(first)
    expect(scripts()).toHaveLength(1)
    runScript(scripts()[0]!)
    await Promise.all([first, second])
    expect(scripts()).toHaveLength(1)
  })

  it('loads a different URL separately', async () => {
    const sandbox = loader.loadPinwheel({ url: 'https://sandbox.example/link.js' })
    expect(scripts().map((s) => s.src)).toEqual(['https://sandbox.example/link.js'])
    runScript(scripts()[0]!)
    await expect(sandbox).resolves.not.toBeNull()
  })

  it('sets nonce, integrity and crossorigin on the tag when given', () => {
    void loader.loadPinwheel({ nonce: 'n0nce', integrity: 'sha512-abc' }).catch(() => {})
    const script = scripts()[0]!
    expect(script.getAttribute('nonce')).toBe('n0nce')
    expect(script.getAttribute('integrity')).toBe('sha512-abc')
    expect(script.getAttribute('crossorigin')).toBe('anonymous')
  })

  it('rejects with a network LinkScriptError on the error event, removes the tag, and retries on the next call', async () => {
    vi.useFakeTimers()
    const failed = loader.loadPinwheel()
    const assertion = expect(failed).rejects.toMatchObject({
      name: 'LinkScriptError',
      code: 'network',
      url: defaultUrl,
    })
    scripts()[0]!.dispatchEvent(new Event('error'))
    await vi.advanceTimersByTimeAsync(100)
    await assertion
    await failed.catch((error: unknown) => expect(errors.isLinkScriptError(error)).toBe(true))
    expect(scripts()).toHaveLength(0)

    const retried = loader.loadPinwheel()
    expect(retried).not.toBe(failed)
    expect(scripts()).toHaveLength(1)
    runScript(scripts()[0]!)
    await expect(retried).resolves.not.toBeNull()
  })

  it('rejects with a timeout LinkScriptError after timeoutMs, then retries', async () => {
    vi.useFakeTimers()
    const slow = loader.loadPinwheel({ timeoutMs: 2000 })
    let settled = false
    slow.catch(() => {}).finally(() => (settled = true))
    await vi.advanceTimersByTimeAsync(1999)
    expect(settled).toBe(false)
    const assertion = expect(slow).rejects.toMatchObject({ code: 'timeout' })
    await vi.advanceTimersByTimeAsync(1)
    await assertion
    expect(scripts()).toHaveLength(0)

    const retried = loader.loadPinwheel({ timeoutMs: 2000 })
    runScript(scripts()[0]!)
    await expect(retried).resolves.not.toBeNull()
  })

  it('times out after 10 seconds by default', async () => {
    vi.useFakeTimers()
    const slow = loader.loadPinwheel()
    const assertion = expect(slow).rejects.toMatchObject({ code: 'timeout' })
    await vi.advanceTimersByTimeAsync(10_000)
    await assertion
  })

  it('rejects with missing_global when the script loads but defines no usable window.Pinwheel', async () => {
    const loaded = loader.loadPinwheel()
    runScript(scripts()[0]!, { open: () => {} })
    await expect(loaded).rejects.toMatchObject({ code: 'missing_global' })
    expect(scripts()).toHaveLength(0)
  })

  it('rejects with blocked when a CSP violation names the script URL, even before the error event', async () => {
    vi.useFakeTimers()
    const loaded = loader.loadPinwheel()
    const assertion = expect(loaded).rejects.toMatchObject({ code: 'blocked' })
    const script = scripts()[0]!
    script.dispatchEvent(new Event('error'))
    const violation = new Event('securitypolicyviolation', { bubbles: true })
    Object.assign(violation, { blockedURI: defaultUrl, violatedDirective: 'script-src-elem' })
    script.dispatchEvent(violation)
    await vi.advanceTimersByTimeAsync(100)
    await assertion
    await loaded.catch((error: Error) => expect(error.message).toMatch(/script-src/))
  })

  it('ignores CSP violations for other URLs', async () => {
    const loaded = loader.loadPinwheel()
    const violation = new Event('securitypolicyviolation')
    Object.assign(violation, {
      blockedURI: 'https://ads.example/x.js',
      violatedDirective: 'script-src',
    })
    document.dispatchEvent(violation)
    runScript(scripts()[0]!)
    await expect(loaded).resolves.not.toBeNull()
  })

  it('reuses a tag already on the page with the same src and waits for it', async () => {
    const existing = document.createElement('script')
    existing.src = defaultUrl
    document.body.appendChild(existing)
    const loaded = loader.loadPinwheel()
    expect(scripts()).toEqual([existing])
    runScript(existing)
    await expect(loaded).resolves.not.toBeNull()
  })

  it('resolves at once with a valid window.Pinwheel already defined, injecting nothing', async () => {
    const global = fakeGlobal()
    ;(window as { Pinwheel?: unknown }).Pinwheel = global
    await expect(loader.loadPinwheel()).resolves.toBe(global)
    expect(scripts()).toHaveLength(0)
  })

  it('loads the script again when the global disappeared after a successful load', async () => {
    const first = loader.loadPinwheel()
    runScript(scripts()[0]!)
    await first
    ;(window as { Pinwheel?: unknown }).Pinwheel = 'replaced by another library'
    const second = loader.loadPinwheel()
    const [script, ...others] = scripts()
    expect(others).toHaveLength(0)
    const global = fakeGlobal()
    runScript(script!, global)
    await expect(second).resolves.toBe(global)
  })

  it('rejects with a network LinkScriptError for an invalid URL', async () => {
    await expect(loader.loadPinwheel({ url: 'http://' })).rejects.toMatchObject({ code: 'network' })
  })
})

describe('preloadPinwheel', () => {
  it('starts the shared load without opening Link', async () => {
    const { preloadPinwheel } = await import('./preloadPinwheel')
    const warmed = preloadPinwheel()
    expect(scripts()).toHaveLength(1)
    const global = fakeGlobal()
    runScript(scripts()[0]!, global)
    await expect(warmed).resolves.toBe(true)
    expect(global.open).not.toHaveBeenCalled()
    await expect(loader.loadPinwheel()).resolves.toBe(global)
  })

  it('resolves false on failure with no unhandled rejection, and the next load retries', async () => {
    const { preloadPinwheel } = await import('./preloadPinwheel')
    const warmed = preloadPinwheel()
    runScript(scripts()[0]!, null)
    await expect(warmed).resolves.toBe(false)
    const retried = loader.loadPinwheel()
    expect(scripts()).toHaveLength(1)
    runScript(scripts()[0]!)
    await expect(retried).resolves.not.toBeNull()
  })
})
