'use client'
import type { LinkEventRecord, LinkEventState } from '@linkwheel/core'
import { useRef } from 'react'
import { useStore } from 'zustand'
import { useLinkEventStore } from './useLinkEventStore'

const selectEventList = (state: LinkEventState): LinkEventRecord[] => state.events
const unset = Symbol('unset')

/** Whether `value` is a plain object or an array: the slices compared key by key. */
const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === Array.prototype || proto === null
}

/**
 * Equal when `Object.is`, or when both are plain objects (or both arrays) with the same keys and
 * `Object.is`-equal values. Anything else (a Map, a class instance) is equal only to itself: a
 * slice is never kept stale. zustand's `shallow` does more (it walks Maps and Sets) at three times
 * the bytes.
 */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false
  const keys = Object.keys(a)
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]))
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
 * @param equalityFn - When two slices count as unchanged. @default a shallow compare of plain
 *   objects and arrays (same keys, `Object.is`-equal values)
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
