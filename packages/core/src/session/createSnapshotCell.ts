import type { LinkControllerSnapshot } from './PinwheelLinkController'

/** Holds a controller's snapshot: replaced (never mutated) on change, listeners told after. */
export interface SnapshotCell {
  get(): LinkControllerSnapshot
  /** Applies `patch`; does nothing (no new object, no notification) when nothing changes. */
  set(patch: Partial<LinkControllerSnapshot>): void
  subscribe(listener: () => void): () => void
  /** Drops every listener for good. */
  close(): void
}

/** Creates the {@link SnapshotCell} of a controller, starting `idle`. */
export function createSnapshotCell(): SnapshotCell {
  let snapshot: LinkControllerSnapshot = {
    status: 'idle',
    error: null,
    sessionId: null,
    ready: false,
  }
  const listeners = new Set<() => void>()
  let closed = false
  return {
    get: () => snapshot,
    set(patch) {
      if (closed) return
      const next = { ...snapshot, ...patch }
      const keys = Object.keys(next) as (keyof LinkControllerSnapshot)[]
      if (keys.every((key) => next[key] === snapshot[key])) return
      snapshot = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      if (closed) return () => {}
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    close() {
      closed = true
      listeners.clear()
    },
  }
}
