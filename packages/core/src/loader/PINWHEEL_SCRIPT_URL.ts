/**
 * The Link script linkwheel loads by default: Pinwheel's CDN build pinned to v3.1.0, so a new
 * script release never changes a running app. Pass `url` (or `scriptUrl`) to use another pin or
 * the `@linkwheel/sandbox-link` script.
 *
 * No Subresource Integrity hash ships for it: we do not know Pinwheel's published hash for this
 * file, and a wrong hash would block the script. Pass `integrity` yourself if you have one.
 */
export const PINWHEEL_SCRIPT_URL = 'https://cdn.getpinwheel.com/pinwheel-v3.1.0.js'
