import type { PinwheelEvent } from '../events/PinwheelEventPayloads'
import { isPinwheelEventName } from '../events/pinwheelEventNames'
import type { LinkEventRecord } from './types'
import { validTime } from './validTime'

/**
 * Builds the record numbered `seq` for `record()` / `recordMany()`. Something that is not a
 * `PinwheelEvent` is still kept, as an `unknown` event holding what was passed. `makeId` makes the
 * record's id from `seq`; `now` is the clock used when `at` is not a finite number.
 *
 * @throws TypeError when `sessionId` is not a non-empty string.
 */
export function toLinkEventRecord(
  seq: number,
  sessionId: unknown,
  event: PinwheelEvent,
  at: unknown,
  makeId: (seq: number) => string,
  now: () => number,
): LinkEventRecord {
  if (typeof sessionId !== 'string' || sessionId === '') {
    throw new TypeError(
      `LinkEventStore.record: sessionId must be a non-empty string (got ${typeof sessionId}). Pass the id given to startSession().`,
    )
  }
  // Typed callers always pass an event; untyped ones may not, and the event is still kept.
  const raw = event as Partial<PinwheelEvent> | null | undefined
  const known = raw?.name === 'unknown' || raw?.name === 'invalid' || isPinwheelEventName(raw?.name)
  const typed: PinwheelEvent = known
    ? event
    : {
        name: 'unknown',
        payload: {
          rawName: raw?.name,
          rawPayload: raw?.payload,
          reason:
            'record() was given something that is not a PinwheelEvent; parse raw data with parsePinwheelEvent()',
        },
      }
  return {
    name: typed.name,
    payload: typed.payload,
    id: makeId(seq),
    seq,
    sessionId,
    at: validTime(at) ?? now(),
  } as LinkEventRecord
}
