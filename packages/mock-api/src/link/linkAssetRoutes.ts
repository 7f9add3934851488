import { getSandboxLinkAssets, type SandboxLinkAssets } from '@linkwheel/sandbox-link'
import { Hono } from 'hono'

// A Map, not an object literal: `__proto__`, `constructor` or `toString` must not name a file.
const files = new Map<string, [keyof SandboxLinkAssets, string]>([
  ['pinwheel.js', ['hostScript', 'text/javascript; charset=utf-8']],
  ['frame.html', ['frameHtml', 'text/html; charset=utf-8']],
  ['frame.js', ['frameScript', 'text/javascript; charset=utf-8']],
])

/**
 * `GET /link/pinwheel.js` (also `/link/pinwheel-v3.0.1.js` and other versions), `/link/frame.html`,
 * `/link/frame.js`: the sandbox Link's browser files.
 * The host script is loaded cross-origin by a `<script>` tag, hence CORS and CORP headers.
 */
export function linkAssetRoutes(
  loadAssets: () => Promise<SandboxLinkAssets> = getSandboxLinkAssets,
): Hono {
  return new Hono().get('/:file', async (c) => {
    // Versioned names like Pinwheel's CDN (`pinwheel-v3.0.1.js`) serve the same host script.
    const name = c.req.param('file').replace(/^pinwheel-v[\d.]+\.js$/, 'pinwheel.js')
    const entry = files.get(name)
    if (!entry)
      return c.text('Not found: the sandbox Link serves pinwheel.js, frame.html and frame.js.', 404)
    const assets = await loadAssets()
    return c.body(assets[entry[0]], 200, {
      'content-type': entry[1],
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'cache-control': 'no-cache',
    })
  })
}
