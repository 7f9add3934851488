/**
 * The sandbox Link host script (`pinwheel.js`), a drop-in for Pinwheel's CDN script: it defines
 * `window.Pinwheel` with `open(params)` and `close()`. The frame page is looked up next to this
 * script (`<script src=".../link/pinwheel.js">` → `.../link/frame.html`).
 */
import { createSandboxPinwheel } from './createSandboxPinwheel.js'

function scriptUrl(): string {
  const current = document.currentScript
  if (current instanceof HTMLScriptElement && current.src) return current.src
  // Fallback when currentScript is unavailable: the last script tag that looks like ours.
  const tags = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src*="pinwheel"]'))
  const tag = tags.at(-1)
  if (!tag) {
    throw new Error(
      '[linkwheel] sandbox pinwheel.js could not find its own <script src>: load it with a classic <script> tag.',
    )
  }
  return tag.src
}
// No global type augmentation: the app types `window.Pinwheel` (its wrapper does).
;(window as { Pinwheel?: unknown }).Pinwheel = createSandboxPinwheel(
  new URL('frame.html', scriptUrl()).href,
)
