import { LinkScriptError } from '../errors/LinkScriptError'
import { LinkSessionError } from '../errors/LinkSessionError'

const reason = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause))

/** The errors the controller rejects `open()` with; each message says what to do. */
export const sessionErrors = {
  alreadyOpenHere: () =>
    new LinkSessionError(
      'already_open',
      'This Link is already open (or opening): wait for open() to settle, or call close() first.',
    ),
  alreadyOpenElsewhere: () =>
    new LinkSessionError(
      'already_open',
      'Another Link is open on this page, and only one can be open at a time. Wait for it to close (or close it), then open this one.',
    ),
  destroyed: () =>
    new LinkSessionError(
      'destroyed',
      'This Link controller was destroyed: create a new one (or remount) to open Link.',
    ),
  cancelled: () =>
    new LinkSessionError(
      'cancelled',
      'close() was called (or the token changed) before Link opened. Call open() again to open it.',
    ),
  openTimeout: (ms: number) =>
    new LinkSessionError(
      'open_timeout',
      `Link did not open within ${ms} ms: the token request or the Link script took too long. Check the network and call open() again (or raise openTimeoutMs).`,
    ),
  noBrowser: () =>
    new LinkSessionError(
      'open_failed',
      'open() needs a browser: there is no window here. Call it from an event handler or effect.',
    ),
  openFailed: (cause: unknown) =>
    new LinkSessionError(
      'open_failed',
      `window.Pinwheel.open() failed: ${reason(cause)}. Call open() again with a new token; if it keeps failing, check the Link script URL.`,
      { cause },
    ),
  unexpected: (cause: unknown) =>
    new LinkSessionError('open_failed', `Link could not open: ${reason(cause)}`, { cause }),
  scriptFailed: (url: string, cause: unknown) =>
    new LinkScriptError(
      'network',
      url,
      `The Link script could not be loaded (${reason(cause)}). Check scriptUrl, then retry.`,
      { cause },
    ),
  globalGone: (url: string) =>
    new LinkScriptError(
      'missing_global',
      url,
      'window.Pinwheel is gone or was replaced after the Link script loaded (another script may have overwritten it). Call retry() to load the script again.',
    ),
}
