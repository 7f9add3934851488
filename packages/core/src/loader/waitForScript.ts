import type { LinkScriptError } from '../errors/LinkScriptError'
import type { PinwheelGlobal } from '../params/InitializationParams'
import { readPinwheelGlobal } from './readPinwheelGlobal'
import { scriptError } from './scriptError'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/**
 * Development builds only: how long a script `error` waits for a `securitypolicyviolation` event
 * (browsers queue the two in no promised order), so a CSP block is reported as `blocked`.
 */
const cspGraceMs = 50

/** Whether a CSP report's `blockedURI` (a full URL, or only an origin after redirects) is `url`. */
function isBlockedUrl(blockedUri: string, url: string): boolean {
  try {
    return (
      blockedUri === url ||
      (new URL(blockedUri).origin === blockedUri.replace(/\/$/, '') && url.startsWith(blockedUri))
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
    let stopWatching: (() => void) | undefined
    const finish = (global: PinwheelGlobal | null, error?: LinkScriptError) => {
      clearTimeout(timer)
      script.onload = script.onerror = null
      stopWatching?.()
      if (global) resolve(global)
      else reject(error ?? scriptError('missing_global', url))
    }
    const timer = setTimeout(() => finish(null, scriptError('timeout', url)), timeoutMs)
    script.onload = () => finish(readPinwheelGlobal())
    script.onerror = (event) => {
      const failed = () => finish(null, scriptError('network', url, event))
      if (process.env.NODE_ENV !== 'production') setTimeout(failed, cspGraceMs)
      else failed()
    }
    if (process.env.NODE_ENV !== 'production') {
      // script.src differs from url on a retry after a timeout (see loadPinwheel).
      const onViolation = (event: SecurityPolicyViolationEvent) => {
        if (isBlockedUrl(event.blockedURI, url) || isBlockedUrl(event.blockedURI, script.src))
          finish(null, scriptError('blocked', url, event))
      }
      document.addEventListener('securitypolicyviolation', onViolation, true)
      stopWatching = () =>
        document.removeEventListener('securitypolicyviolation', onViolation, true)
    }
  })
}
