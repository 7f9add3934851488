/** How the fake answers a request for the Link script. */
export type FakeScriptLoad =
  /** Defines `window.Pinwheel`, then fires `load`. */
  | 'load'
  /** Fires `error`, as a 404, a 500, a CSP block or a network failure does. */
  | 'network'
  /** Fires `load` but defines no global, as a wrong or truncated file does. */
  | 'missing_global'
  /** Never fires anything, as a hanging request does. */
  | 'hang'
  /** Waits until the test releases it (see `FakePinwheel.releaseScriptLoad`). */
  | 'held'

/** Which script URLs count as the Link script. */
export type ScriptUrlMatcher = string | RegExp | ((src: string) => boolean)

/** The default matcher: any versioned Pinwheel CDN file, e.g. `…/pinwheel-v3.0.1.js`. */
export const defaultScriptUrlMatcher: RegExp = /\/pinwheel-v[\w.-]*\.js(?:[?#]|$)/

/** What {@link interceptPinwheelScript} needs from the fake. */
export interface ScriptInterceptor {
  /** Script tags for the Link script that were added to the page, in order. */
  readonly tags: HTMLScriptElement[]
  /** Stops watching and removes the tags it saw. */
  stop(): void
}

function matches(matcher: ScriptUrlMatcher, src: string): boolean {
  if (typeof matcher === 'string') return src === matcher
  if (matcher instanceof RegExp) return matcher.test(src)
  return matcher(src)
}

/**
 * Watches the document for `<script>` tags whose `src` is the Link script and hands each one to
 * `onTag`. A `MutationObserver` sees tags however the loader inserts them (`appendChild`,
 * `append`, `insertBefore`), and it runs after the loader's synchronous code, so its `load` and
 * `error` listeners are already attached when the fake fires them. jsdom never fetches
 * scripts itself, so the fake is the only one to answer.
 */
export function interceptPinwheelScript(
  matcher: ScriptUrlMatcher,
  onTag: (tag: HTMLScriptElement) => void,
): ScriptInterceptor {
  const tags: HTMLScriptElement[] = []
  const visit = (node: Node) => {
    if (!(node instanceof HTMLScriptElement)) {
      if (node instanceof Element) node.querySelectorAll('script').forEach(visit)
      return
    }
    if (tags.includes(node) || !matches(matcher, node.src)) return
    tags.push(node)
    onTag(node)
  }
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) mutation.addedNodes.forEach(visit)
  })
  observer.observe(document, { childList: true, subtree: true })
  return {
    tags,
    stop() {
      observer.disconnect()
      for (const tag of tags) tag.remove()
    },
  }
}
