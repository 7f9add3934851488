/** Host names every playground answers to: the loopback names. */
export const loopbackHostNames: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

/**
 * The host name of a `Host` header (`localhost:5173` → `localhost`, `[::1]:5173` → `[::1]`),
 * lower-cased; `null` when missing or malformed.
 */
export function hostNameOf(host: string | null | undefined): string | null {
  if (!host) return null
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(host.trim())
  return match?.[1]?.toLowerCase() ?? null
}

/** The origins a page served under `hostNames` on `port` has (`http://localhost:5173`, …). */
export function originsOf(hostNames: readonly string[], port: number): string[] {
  return hostNames.map((name) => `http://${name}:${port}`)
}
