import { useSyncExternalStore } from 'react'

let changes = 0
const listeners = new Set<() => void>()

/** Tells the page that the accounts changed outside the webhook feed (e.g. after a reconcile). */
export function notifyAccountsChanged(): void {
  changes++
  for (const listener of listeners) listener()
}

/** How many times {@link notifyAccountsChanged} was called: a dependency to refetch on. */
export function useAccountsChanges(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => changes,
    () => changes,
  )
}
