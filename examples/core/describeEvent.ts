import { type PinwheelEvent, parsePinwheelEvent } from '@linkwheel/core'

export function describeEvent(event: PinwheelEvent): string {
  switch (event.name) {
    case 'select_employer':
      return `chose ${event.payload.selectedEmployerName}`
    case 'screen_transition':
      return `screen ${event.payload.screenName}` // the seed's screen_name is accepted too
    case 'error':
      return `${event.payload.type}/${event.payload.code}`
    case 'invalid':
      return `${event.payload.rawName}: ${event.payload.field} ${event.payload.reason}`
    case 'unknown':
      return `kept as unknown: ${event.payload.reason}` // a name newer than this version
    default:
      return event.name
  }
}

export const newer = describeEvent(parsePinwheelEvent('a_future_event', {})) // never throws
