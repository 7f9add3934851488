'use client'
import type { LinkEventRecord, LinkEventState } from '@linkwheel/core'
import { useRef } from 'react'
import { useStore } from 'zustand'
import { shallow } from 'zustand/shallow'
import { useLinkEventStore } from './useLinkEventStore'

const selectEventList = (state: LinkEventState): LinkEventRecord[] => state.events
const unset = Symbol('unset')

/**
 * Reads the Link event store in scope (the nearest {@link PinwheelProvider}'s, or the app-wide
 * default). With no selector it returns the recorded events, oldest first. The component
 * re-renders only when the selected slice changes by `equalityFn`, so selectors that build new
 * objects or arrays (as the core selectors do) are safe.
 *
 * @param selector - Picks the slice you need; the core selectors (`selectFunnel`, …) work as is.
 *   @default the event list
 * @param equalityFn - When two slices count as unchanged. @default zustand's `shallow`
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
  equalityFn: (previous: T, next: T) => boolean = shallow,
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
