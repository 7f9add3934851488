import { PINWHEEL_SCRIPT_INTEGRITY, PINWHEEL_SCRIPT_URL } from './PINWHEEL_SCRIPT_URL'

/**
 * The script to load for these options: `scriptUrl` with its `integrity` as given, or the default
 * pin with its SRI hash, asking for Pinwheel's secure origin in the query when `useSecureOrigin`
 * is set (as Pinwheel's React wrapper does since its 3.5.1). @internal
 */
export function pinwheelScript(options: {
  scriptUrl?: string | undefined
  integrity?: string | undefined
  useSecureOrigin?: boolean | undefined
}): { url: string; integrity: string | undefined } {
  return options.scriptUrl
    ? { url: options.scriptUrl, integrity: options.integrity }
    : {
        url: options.useSecureOrigin
          ? `${PINWHEEL_SCRIPT_URL}?useSecureOrigin=true`
          : PINWHEEL_SCRIPT_URL,
        integrity: options.integrity ?? PINWHEEL_SCRIPT_INTEGRITY,
      }
}
