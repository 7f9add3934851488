import { isIP } from 'node:net'

const privateNames = [/^localhost$/, /\.localhost$/, /\.local$/, /\.internal$/, /\.home\.arpa$/]

/**
 * Why the mock refuses to deliver to `url`, or `null` when it may. Pinwheel delivers to public
 * `https://` endpoints only; so by default the mock refuses plain `http`, credentials in the URL,
 * numeric IP hosts (including the forms the URL parser turns into one, such as `0x7f000001`) and
 * local names (`localhost`, `*.local`, `*.internal`). `allowPrivate` (the option
 * `allowPrivateWebhookUrls`) lifts all of it, for a receiver on loopback.
 *
 * It checks the URL only: a public name that resolves to a private address is not caught.
 */
export function checkWebhookUrl(url: string, allowPrivate: boolean): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'url must be an absolute https:// URL.'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return 'url must be an https:// URL.'
  }
  if (allowPrivate) return null
  if (parsed.protocol !== 'https:') {
    return 'url must be https:// (Pinwheel only delivers over HTTPS); start the mock API with allowPrivateWebhookUrls to deliver to a local http receiver.'
  }
  if (parsed.username || parsed.password) return 'url must not hold a user name or password.'
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (isIP(host) !== 0) {
    return 'url must name a public host, not an IP address; start the mock API with allowPrivateWebhookUrls to deliver to a local receiver.'
  }
  if (!host.includes('.') || privateNames.some((pattern) => pattern.test(host))) {
    return 'url must name a public host (not localhost, a single-label or a .local/.internal name); start the mock API with allowPrivateWebhookUrls to deliver to a local receiver.'
  }
  return null
}
