/**
 * The Link script linkwheel loads by default: Pinwheel's CDN build pinned to v3.2.1, the newest
 * pin whose Subresource Integrity hash we could read from Pinwheel's own React wrapper
 * (`underdog-tech/react-modal`, `portal.config.json`). A pinned file never changes under a
 * running app, and the hash ({@link PINWHEEL_SCRIPT_INTEGRITY}) makes the browser refuse any
 * other content. Pass `scriptUrl` (and its `integrity`, if you have it) for another pin.
 */
export const PINWHEEL_SCRIPT_URL = 'https://cdn.getpinwheel.com/pinwheel-v3.2.1.js'

/** The sha512 SRI hash of {@link PINWHEEL_SCRIPT_URL}, as Pinwheel's React wrapper publishes it. */
export const PINWHEEL_SCRIPT_INTEGRITY =
  'sha512-8nhGWIhOylUp6xOo8uya8DmHTs69mviBEzqFg9v08nPvOERw+0wVGxOWBvWAwrBsCSm76UqIFY7PoggwSBhzsA=='
