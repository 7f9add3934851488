import { getDefaultLinkEventStore, subscribeToLinkEvents } from '@linkwheel/core'

export function forwardEvents(analytics: { track(name: string, data: object): void }) {
  return subscribeToLinkEvents(getDefaultLinkEventStore(), (record) => {
    analytics.track(`pinwheel_${record.name}`, {
      session_id: record.sessionId,
      at: record.at,
      ...record.payload,
    })
  }) // call the returned function to stop
}
