import { isLinkScriptError } from '../errors/LinkScriptError'
import type { PinwheelGlobal } from '../params/InitializationParams'
import { PINWHEEL_SCRIPT_INTEGRITY, PINWHEEL_SCRIPT_URL } from './PINWHEEL_SCRIPT_URL'
import { readPinwheelGlobal } from './readPinwheelGlobal'
import { scriptError } from './scriptError'
import { waitForScript } from './waitForScript'

/** Options of {@link loadPinwheel} and {@link preloadPinwheel}. */
export interface LoadPinwheelOptions {
  /**
   * The Link script to load, e.g. another CDN pin or the `@linkwheel/sandbox-link` script.
   * @default PINWHEEL_SCRIPT_URL
   */
  url?: string | undefined
  /**
   * A Subresource Integrity hash (`sha384-…`/`sha512-…`) for `url`; also sets
   * `crossorigin="anonymous"`. @default PINWHEEL_SCRIPT_INTEGRITY when `url` is the default pin
   */
  integrity?: string | undefined
  /** The CSP nonce your page allows scripts with. @default undefined */
  nonce?: string | undefined
  /**
   * How long to wait for the script before rejecting with a `timeout` {@link LinkScriptError}.
   * @default 10000
   */
  timeoutMs?: number | undefined
}

/** The default of {@link LoadPinwheelOptions.timeoutMs}. */
const defaultTimeoutMs = 10_000

interface Entry {
  promise: Promise<PinwheelGlobal>
  /** Set once the promise resolved. */
  loaded: boolean
}

/** One load per absolute script URL; deleted on failure so a later call retries. */
const loads = new Map<string, Entry>()
/** How many loads of a URL timed out: the next tag asks for a fresh request (see injectScript). */
const timeouts = new Map<string, number>()

function findScript(url: string): HTMLScriptElement | null {
  for (const script of Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'))) {
    if (script.src === url || script.dataset.linkwheelUrl === url) return script
  }
  return null
}

function injectScript(
  url: string,
  nonce: string | undefined,
  integrity: string | undefined,
): HTMLScriptElement {
  const script = document.createElement('script')
  const stalled = timeouts.get(url) ?? 0
  // A timed-out request may still be pending, and browsers attach a new tag with the same src to
  // it (Chromium does) instead of asking again, so a retry would wait on the stalled request.
  // A query parameter makes it a new request; the script (and an SRI hash) stay the same.
  if (stalled > 0) {
    const fresh = new URL(url)
    fresh.searchParams.set('linkwheel_retry', String(stalled))
    script.src = fresh.href
  } else {
    script.src = url
  }
  script.dataset.linkwheelUrl = url
  script.async = true
  if (nonce) script.setAttribute('nonce', nonce)
  if (integrity) {
    script.setAttribute('integrity', integrity)
    script.setAttribute('crossorigin', 'anonymous')
  }
  ;(document.head ?? document.documentElement).appendChild(script)
  return script
}

/**
 * Loads Pinwheel's Link script once and resolves with `window.Pinwheel`.
 *
 * - One memoised promise per URL: concurrent and later calls share it.
 * - Reuses a `<script>` already on the page with the same `src` (waits for it), and resolves at
 *   once when a valid `window.Pinwheel` is already defined (e.g. a test fake).
 * - Touches nothing at import time; resolves `null` where there is no `window` (SSR).
 * - Rejects with a {@link LinkScriptError} (`network`, `timeout`, `blocked`, `missing_global`), then
 *   removes the failed tag and forgets the promise so that the next call tries again.
 * - The global may be replaced later: call it again (cheap) rather than keeping the result.
 *
 * Options other than `url` apply to the tag this call injects; calls that share a load share
 * the first call's options.
 *
 * @example
 * ```ts
 * const Pinwheel = await loadPinwheel({ nonce: cspNonce })
 * await Pinwheel?.open({ linkToken, onSuccess })
 * ```
 */
export function loadPinwheel(options: LoadPinwheelOptions = {}): Promise<PinwheelGlobal | null> {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    return Promise.resolve(null)
  }
  let url: string
  try {
    url = new URL(options.url ?? PINWHEEL_SCRIPT_URL, document.baseURI).href
  } catch {
    return Promise.reject(scriptError('network', String(options.url)))
  }
  const integrity =
    options.integrity ?? (url === PINWHEEL_SCRIPT_URL ? PINWHEEL_SCRIPT_INTEGRITY : undefined)
  const current = readPinwheelGlobal()
  if (current) return Promise.resolve(current)
  const existing = loads.get(url)
  if (existing) {
    if (!existing.loaded) return existing.promise
    // The script ran, but the global is gone or replaced by junk: load it again.
    forgetPinwheelScript(url)
  }

  let script: HTMLScriptElement
  try {
    script = findScript(url) ?? injectScript(url, options.nonce, integrity)
  } catch (cause) {
    return Promise.reject(cause)
  }
  const entry: Entry = {
    promise: waitForScript(script, url, options.timeoutMs ?? defaultTimeoutMs),
    loaded: false,
  }
  loads.set(url, entry)
  entry.promise.then(
    () => {
      entry.loaded = true
    },
    (error: unknown) => {
      if (loads.get(url) === entry) loads.delete(url)
      if (isLinkScriptError(error) && error.code === 'timeout') {
        timeouts.set(url, (timeouts.get(url) ?? 0) + 1)
      }
      // A failed tag would be "reused" by the next attempt and never fire again.
      if (isLinkScriptError(error)) script.remove()
    },
  )
  return entry.promise
}

/**
 * Forgets the load of `url` and removes its tag, so the next {@link loadPinwheel} injects the
 * script afresh. Used when the global vanished after a successful load.
 * @internal
 */
export function forgetPinwheelScript(url: string): void {
  loads.delete(url)
  if (typeof document !== 'undefined') findScript(url)?.remove()
}
