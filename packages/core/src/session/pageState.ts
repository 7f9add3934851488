/**
 * What every controller on the page shares: which open() holds the page (the script shows one
 * modal at a time), the tokens already handed to the script (they are single-use), and the close
 * still in flight. Kept on `globalThis` so two copies of the library on one page agree.
 */
interface PageState {
  owner: object | null
  usedTokens: Set<string>
  closing: Promise<void> | null
}

const key = Symbol.for('linkwheel.page')

/** @internal */
export function pageState(): PageState {
  const holder = globalThis as { [key]?: PageState }
  holder[key] ??= { owner: null, usedTokens: new Set(), closing: null }
  return holder[key]
}

/** Forgets the page lock and used tokens; for tests only. @internal */
export function resetPageState(): void {
  delete (globalThis as { [key]?: PageState })[key]
}
