import type { LinkEventStore } from '../store/types'

/**
 * What every controller on the page shares, kept on `globalThis` so two copies of the library
 * agree: which `open()` holds the page (the script shows one modal at a time), the close still in
 * flight, the app-wide default event store once created, and (development builds only) the
 * tokens already handed to the script.
 */
interface PageState {
  owner: object | null
  closing: Promise<void> | null
  store: LinkEventStore | null
  usedTokens: Set<string>
}

const key = Symbol.for('linkwheel.page')

/** @internal */
export function pageState(): PageState {
  const holder = globalThis as { [key]?: PageState }
  holder[key] ??= { owner: null, closing: null, store: null, usedTokens: new Set() }
  return holder[key]
}

/** Forgets the page lock, used tokens and the default store; for tests only. @internal */
export function resetPageState(): void {
  delete (globalThis as { [key]?: PageState })[key]
}
