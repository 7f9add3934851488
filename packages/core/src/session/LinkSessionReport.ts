/** The script callbacks a controller hands `window.Pinwheel.open`, by name. */
export type LinkCallbackName = 'onEvent' | 'onLogin' | 'onSuccess' | 'onError' | 'onExit'

/**
 * What a Link session controller tells the event store, raw and in order: the store (its
 * `ingest` action) parses callbacks into typed events, matches the script's twin reports, and
 * keeps the session summary. The controller does no parsing, so a page that records nothing
 * ships no parser.
 *
 * - `start`: a session opened with this `sessionId`; `accountId` is the `accountId` option and
 *   `claims` the token's readable claims (`null` for an opaque token), from which the store
 *   decides the session mode.
 * - `callback`: the script called `callback` with `args` (`onEvent` gets `[name, payload]`).
 * - `callback_threw`: your `callback` threw `error` (Link went on).
 * - `end`: the host closed the session (`close()`, unmount, a new token) without an exit.
 *
 * `at` is when it happened, set only when the report waited before reaching a store; otherwise
 * the store's clock stamps it.
 */
export type LinkSessionReport = { sessionId: string; at?: number } & (
  | { type: 'start'; accountId: string | null; claims: Record<string, unknown> | null }
  | { type: 'callback'; callback: LinkCallbackName; args: readonly unknown[] }
  | { type: 'callback_threw'; callback: string; error: unknown }
  | { type: 'end' }
)
