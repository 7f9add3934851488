import {
  createLinkEventStore,
  persistLinkEvents,
  selectDropOffScreens,
  selectFunnel,
} from '@linkwheel/core'

export const store = createLinkEventStore({
  maxEvents: 1000, // the oldest drop first; state.dropped counts them
  persist: persistLinkEvents(), // optional: sessionStorage, survives a reload, never stores tokens
})

export const steps = () => selectFunnel(store.getState()).all.steps // opened → … → succeeded
export const dropOffs = () => selectDropOffScreens(store.getState()).screens // last screen before an exit without success
