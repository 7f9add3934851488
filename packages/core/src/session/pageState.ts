import type { LinkEventStore } from '../store/types'
import type { LinkSessionReport } from './LinkSessionReport'

/**
 * What every controller on the page shares: which open() holds the page (the script shows one
 * modal at a time), the tokens already handed to the script (they are single-use), the close
 * still in flight, the app-wide default event store once created, and the bounded backlog of
 * reports it replays when created. Kept on `globalThis` so two copies of the library on one page
 * agree.
 */
interface PageState {
  owner: object | null
  usedTokens: Set<string>
  closing: Promise<void> | null
  store: LinkEventStore | null
  backlog: LinkSessionReport[]
}

const key = Symbol.for('linkwheel.page')

/** @internal */
export function pageState(): PageState {
  const holder = globalThis as { [key]?: PageState }
  holder[key] ??= { owner: null, usedTokens: new Set(), closing: null, store: null, backlog: [] }
  return holder[key]
}

/** Forgets the page lock, used tokens and the default store; for tests only. @internal */
export function resetPageState(): void {
  delete (globalThis as { [key]?: PageState })[key]
}
