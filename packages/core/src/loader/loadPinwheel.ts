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

/** Our tag of one absolute script URL, and its load while that is pending. */
interface Load {
  script: HTMLScriptElement
  pending?: Promise<PinwheelGlobal> | undefined
}

/**
 * One entry per absolute script URL: a pending load is shared; a failed one is forgotten so a
 * later call retries. `retries` counts the loads that timed out.
 */
const loads = new Map<string, Load>()
let retries = 0

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
  const previous = loads.get(url)
  if (previous?.pending) return previous.pending
  // Loaded before, but the global is gone or replaced by junk now: load it afresh.
  previous?.script.remove()
  // A tag another library added for this URL is waited for, not doubled.
  let script = !previous && Array.from(document.scripts).find((tag) => tag.src === url)
  if (!script) {
    script = document.createElement('script')
    // A timed-out request may still be pending, and browsers attach a new tag with the same src to
    // it (Chromium does) instead of asking again, so a retry would wait on the stalled request.
    // A query parameter makes it a new request; the script (and an SRI hash) stay the same.
    script.src = retries ? `${url}${url.includes('?') ? '&' : '?'}linkwheel_retry=${retries}` : url
    script.async = true
    if (options.nonce) script.setAttribute('nonce', options.nonce)
    // The default pin's hash also covers its secure-origin query: the file is the same.
    const hash =
      options.integrity ?? (url.startsWith(PINWHEEL_SCRIPT_URL) && PINWHEEL_SCRIPT_INTEGRITY)
    if (hash) {
      script.setAttribute('integrity', hash)
      script.setAttribute('crossorigin', 'anonymous')
    }
    document.head.appendChild(script)
  }
  const promise = waitForScript(script, url, options.timeoutMs ?? 10_000)
  const entry: Load = { script, pending: promise }
  loads.set(url, entry)
  promise.then(
    () => {
      entry.pending = undefined
    },
    (error: LinkScriptError) => {
      if (loads.get(url) === entry) loads.delete(url)
      if (error.code === 'timeout') retries++
      script.remove()
    },
  )
  return promise
}
