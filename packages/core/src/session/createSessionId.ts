/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

/**
 * A v4 uuid from `crypto.randomUUID`, present in every browser Link supports when
 * the page is a secure context (https, or `localhost`). Development builds also work on a plain-http dev host (e.g. a LAN IP),
 * where it is missing: each `x` of the template then gets a random hex digit, and `y` one of 8,
 * 9, a, b (the variant). Production builds require it (Link itself needs https).
 */
export function createSessionId(): string {
  return process.env.NODE_ENV !== 'production' && typeof crypto.randomUUID !== 'function'
    ? 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) => {
        const random = (crypto.getRandomValues(new Uint8Array(1))[0] as number) & 15
        return (char === 'x' ? random : (random & 3) | 8).toString(16)
      })
    : crypto.randomUUID()
}
