import type { LinkEventPersistence } from './persistLinkEvents'

/**
 * The `persist` option of `createLinkEventStore`, checked.
 *
 * @throws TypeError when it is given but is not made by `persistLinkEvents()` (e.g. `true`).
 */
export function persistOption(
  persist: LinkEventPersistence | undefined,
): LinkEventPersistence | undefined {
  if (persist && typeof persist !== 'function') {
    throw new TypeError(
      'createLinkEventStore: persist takes persistLinkEvents(options?) from @linkwheel/core, e.g. { persist: persistLinkEvents() }.',
    )
  }
  return persist
}
