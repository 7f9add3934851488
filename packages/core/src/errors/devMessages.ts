/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/**

 * What each error says in development builds, by message key: what happened and what to do.
 * `null` in production builds (`process.env.NODE_ENV === 'production'`), where bundlers drop the
 * whole table and an error carries only its code and the link to its docs section. @internal
 */
export const devMessages: Record<string, (detail: string) => string> | null =
  process.env.NODE_ENV !== 'production'
    ? {
        already_open: () =>
          'This Link is already open (or opening): wait for open() to settle, or call close() first.',
        open_elsewhere: () =>
          'Another Link is open on this page, and only one can be open at a time. Wait for it to close (or close it), then open this one.',
        cancelled: () =>
          'close() was called (or the component unmounted) before Link opened. Call open() again to open it.',
        no_browser: () =>
          'open() needs a browser: there is no window here. Call it from an event handler or an effect.',
        open_failed: (reason) =>
          `window.Pinwheel.open() failed (${reason}). Call open() again with a new token; if it keeps failing, check the Link script URL.`,
        missing_token: () =>
          'No Link token to open Link with. Pass linkToken, or getLinkToken to fetch one when Link opens.',
        token_fetch_failed: (reason) =>
          `getLinkToken() failed or gave no token (${reason}). It must resolve to the token string or to { token, expires } (the data of POST /v1/link_tokens); check your token endpoint, then call open() again.`,
        token_expired: (at) =>
          `This Link token expired at ${at} (tokens last one hour). Fetch a new token from your server for each open; pass getLinkToken to have linkwheel fetch it when Link opens.`,
        token_used: () =>
          'This page already opened Link with this token, and Link tokens are single-use. Fetch a new token from your server for each open; pass getLinkToken to have linkwheel fetch it when Link opens.',
        network: (url) =>
          `The Link script failed to load from ${url} (offline, blocked, or not found). Check the connection and the URL, then retry.`,
        timeout: (url) =>
          `The Link script at ${url} did not load in time. Check the network, then retry (or raise timeoutMs).`,
        missing_global: (url) =>
          `The Link script at ${url} defined no usable window.Pinwheel (with open and close), or another script replaced it. Check that the URL points to Pinwheel's Link script, then retry.`,
        blocked: (url) =>
          `A Content Security Policy blocked the Link script at ${url}. Allow its origin in script-src and frame-src (and pass your CSP nonce as \`nonce\`), then retry.`,
      }
    : null
