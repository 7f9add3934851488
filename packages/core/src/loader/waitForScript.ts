import { LinkScriptError } from '../errors/LinkScriptError'
import type { PinwheelGlobal } from '../params/InitializationParams'
import { readPinwheelGlobal } from './readPinwheelGlobal'

/**
 * How long a script `error` waits for a `securitypolicyviolation` event before it counts as a
 * network failure: browsers queue the two separately, in no promised order.
 */
const cspGraceMs = 50

/** Whether a CSP report's `blockedURI` (a full URL, or only an origin after redirects) is ours. */
function isBlockedUrl(blockedUri: string, url: string): boolean {
  if (!blockedUri) return false
  if (blockedUri === url) return true
  try {
    return (
      new URL(blockedUri).origin === blockedUri.replace(/\/$/, '') && url.startsWith(blockedUri)
    )
  } catch {
    return false
  }
}

/**
 * Settles once `script` has loaded and defined a valid `window.Pinwheel`, or rejects with a
 * {@link LinkScriptError}. Removes every listener and timer it added, whichever way it ends.
 */
export function waitForScript(
  script: HTMLScriptElement,
  url: string,
  timeoutMs: number,
): Promise<PinwheelGlobal> {
  return new Promise((resolve, reject) => {
    const timers: ReturnType<typeof setTimeout>[] = []
    let settled = false
    const finish = (result: PinwheelGlobal | LinkScriptError) => {
      if (settled) return
      settled = true
      for (const timer of timers) clearTimeout(timer)
      script.removeEventListener('load', onLoad)
      script.removeEventListener('error', onError)
      document.removeEventListener('securitypolicyviolation', onViolation, true)
      if (result instanceof LinkScriptError) reject(result)
      else resolve(result)
    }
    const onLoad = () => {
      const global = readPinwheelGlobal()
      finish(
        global ??
          new LinkScriptError(
            'missing_global',
            url,
            `The Link script at ${url} loaded but defined no usable window.Pinwheel (with open and close). Check that the URL points to Pinwheel's Link script, then retry.`,
          ),
      )
    }
    const onError = (event: Event) => {
      timers.push(
        setTimeout(
          () =>
            finish(
              new LinkScriptError(
                'network',
                url,
                `The Link script failed to load from ${url} (offline, blocked by the network, or not found). Check the connection and the URL, then retry.`,
                { cause: event },
              ),
            ),
          cspGraceMs,
        ),
      )
    }
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      // script.src differs from url on a retry after a timeout (see loadPinwheel).
      if (!isBlockedUrl(event.blockedURI, url) && !isBlockedUrl(event.blockedURI, script.src))
        return
      finish(
        new LinkScriptError(
          'blocked',
          url,
          `A Content Security Policy blocked the Link script at ${url} (${event.violatedDirective || event.effectiveDirective}). Allow ${new URL(url).origin} in script-src and frame-src (and pass your CSP nonce as \`nonce\`), then retry.`,
          { cause: event },
        ),
      )
    }
    script.addEventListener('load', onLoad)
    script.addEventListener('error', onError)
    document.addEventListener('securitypolicyviolation', onViolation, true)
    timers.push(
      setTimeout(
        () =>
          finish(
            new LinkScriptError(
              'timeout',
              url,
              `The Link script at ${url} did not load within ${timeoutMs} ms. Check the network, then retry (or raise timeoutMs).`,
            ),
          ),
        timeoutMs,
      ),
    )
  })
}
