import type { LinkEventRecord, LinkEventState } from '@linkwheel/core'
import { useRef } from 'react'
import { useStore } from 'zustand'
import { useLinkEventStore } from './useLinkEventStore'

const selectEventList = (state: LinkEventState): LinkEventRecord[] => state.events
const unset = Symbol('unset')

/**
 * Equal when `Object.is`, or when both have the same prototype and the same entries: Maps by key
 * and value, Sets by value, other objects and arrays by own keys, each value compared with
 * `Object.is`. What zustand's `shallow` does for the slices selectors return, at a third of the
 * bytes.
 */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  if (a instanceof Map || a instanceof Set) {
    const other = b as Map<unknown, unknown>
    return (
      a.size === other.size &&
      [...a].every((entry) =>
        a instanceof Map
          ? other.has(entry[0]) && Object.is(other.get(entry[0]), entry[1])
          : other.has(entry),
      )
    )
  }
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) &&
        Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  )
}

/**
 * Reads the Link event store in scope (the nearest {@link PinwheelProvider}'s, or the app-wide
 * default). With no selector it returns the recorded events, oldest first. The component
 * re-renders only when the selected slice changes by `equalityFn`, so selectors that build new
 * objects or arrays (as the core selectors do) are safe.
 *
 * @param selector - Picks the slice you need; the core selectors (`selectFunnel`, …) work as is.
 *   @default the event list
 * @param equalityFn - When two slices count as unchanged. @default a shallow compare (same
 *   keys or entries, `Object.is`-equal values; Maps and Sets by entry)
 * @example
 * ```tsx
 * const funnel = usePinwheelEvents(selectFunnel)
 * const logins = usePinwheelEvents((state) => state.events.filter((e) => e.name === 'login').length)
 * ```
 */
export function usePinwheelEvents(): LinkEventRecord[]
export function usePinwheelEvents<T>(
  selector: (state: LinkEventState) => T,
  equalityFn?: (previous: T, next: T) => boolean,
): T
export function usePinwheelEvents<T>(
  selector: (state: LinkEventState) => T = selectEventList as (state: LinkEventState) => T,
  equalityFn: (previous: T, next: T) => boolean = shallowEqual,
): T {
  const store = useLinkEventStore()
  // Keeps the previous slice when it is equal, so useSyncExternalStore sees a stable snapshot.
  const previous = useRef<T | typeof unset>(unset)
  return useStore(store, (state) => {
    const next = selector(state)
    const last = previous.current
    if (last !== unset && equalityFn(last, next)) return last
    previous.current = next
    return next
  })
}
