import type { LinkScriptError } from '../errors/LinkScriptError'
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
  /**
   * Asks the default pin for Pinwheel's secure origin (`?useSecureOrigin=true`), as Pinwheel's
   * React wrapper does since its 3.5.1; ignored when `url` is given. @default false
   */
  useSecureOrigin?: boolean | undefined
  /** The CSP nonce your page allows scripts with. @default undefined */
  nonce?: string | undefined
  /**
   * How long to wait for the script before rejecting with a `timeout` {@link LinkScriptError}.
   * @default 10000
   */
  timeoutMs?: number | undefined
}

/** One load of a script URL: its promise, its tag, and whether it loaded. */
interface Load {
  promise: Promise<PinwheelGlobal>
  script: HTMLScriptElement
  loaded?: boolean
}

/**
 * One load per absolute script URL while pending or loaded; deleted on failure so a later call
 * retries. `retries` counts the loads of a URL that timed out.
 */
const loads = new Map<string, Load>()
let retries = 0

const findScript = (url: string): HTMLScriptElement | undefined =>
  Array.from(document.scripts).find((script) => script.src === url)

function injectScript(
  url: string,
  nonce: string | undefined,
  integrity: string | undefined,
): HTMLScriptElement {
  const script = document.createElement('script')
  // A timed-out request may still be pending, and browsers attach a new tag with the same src to
  // it (Chromium does) instead of asking again, so a retry would wait on the stalled request.
  // A query parameter makes it a new request; the script (and an SRI hash) stay the same.
  script.src = retries ? `${url}${url.includes('?') ? '&' : '?'}linkwheel_retry=${retries}` : url
  script.async = true
  if (nonce) script.setAttribute('nonce', nonce)
  if (integrity) {
    script.setAttribute('integrity', integrity)
    script.setAttribute('crossorigin', 'anonymous')
  }
  document.head.appendChild(script)
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
  if (typeof document === 'undefined') return Promise.resolve(null)
  const current = readPinwheelGlobal()
  if (current) return Promise.resolve(current)
  let url: string
  try {
    url = new URL(
      options.url ?? PINWHEEL_SCRIPT_URL + (options.useSecureOrigin ? '?useSecureOrigin=true' : ''),
      document.baseURI,
    ).href
  } catch {
    return Promise.reject(scriptError('network', String(options.url)))
  }
  const existing = loads.get(url)
  // Loaded before, but the global is gone or replaced by junk now: load it again.
  if (existing?.script.isConnected && !existing.loaded) return existing.promise
  existing?.script.remove()
  // The default pin's hash also covers its secure-origin query: the file is the same.
  const integrity =
    options.integrity ??
    (url.startsWith(PINWHEEL_SCRIPT_URL) ? PINWHEEL_SCRIPT_INTEGRITY : undefined)
  const script = (!existing && findScript(url)) || injectScript(url, options.nonce, integrity)
  const promise = waitForScript(script, url, options.timeoutMs ?? 10_000)
  const entry: Load = { promise, script }
  loads.set(url, entry)
  promise.then(
    () => {
      entry.loaded = true
    },
    (error: LinkScriptError) => {
      if (loads.get(url) === entry) loads.delete(url)
      if (error.code === 'timeout') retries++
      // A failed tag would be "reused" by the next attempt and never fire again.
      script.remove()
    },
  )
  return promise
}
