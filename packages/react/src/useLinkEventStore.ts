import { getDefaultLinkEventStore, type LinkEventStore } from '@linkwheel/core'
import { useContext } from 'react'
import { PinwheelContext } from './PinwheelProvider'

/**
 * The event store in scope: the nearest {@link PinwheelProvider}'s, or the app-wide default
 * store that every `usePinwheelLink` outside a provider records into.
 *
 * @example
 * ```tsx
 * const store = useLinkEventStore()
 * return <button onClick={() => store.getState().clear()}>Clear the event log</button>
 * ```
 */
export function useLinkEventStore(): LinkEventStore {
  return useContext(PinwheelContext)?.store ?? getDefaultLinkEventStore()
}
