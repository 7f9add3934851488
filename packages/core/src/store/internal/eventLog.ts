import type { LinkEventRecord } from '../types'

/**
 * An immutable view of the bounded buffer: records `log[start..end)`. Views share one append-only
 * `log`: appending writes past every existing view's `end`, so older views (and older states) never
 * change, and no record is copied per event. The log is compacted to the last `max` records once it
 * holds twice that, so the copying is amortised O(1) per record and memory stays bounded.
 */
export interface EventLogView {
  readonly log: LinkEventRecord[]
  readonly start: number
  readonly end: number
  /** Whether `log` is private to the views (never handed out), so it may be appended to. */
  readonly owned: boolean
  /** The published array, made on first read and shared by every state holding this view. */
  array: LinkEventRecord[] | undefined
}

/** A view over an array someone else owns (e.g. restored state); it is never written to. */
export function viewOfArray(events: LinkEventRecord[]): EventLogView {
  return { log: events, start: 0, end: events.length, owned: false, array: events }
}

/** The records of a view as a plain array, created once per view. */
export function eventsOf(view: EventLogView): LinkEventRecord[] {
  view.array ??= view.log.slice(view.start, view.end)
  return view.array
}

/** The number of records a view holds. */
export function sizeOf(view: EventLogView): number {
  return view.end - view.start
}

/** A new view with `record` appended, keeping the last `max` records. */
export function appendToLog(
  view: EventLogView,
  record: LinkEventRecord,
  max: number,
): EventLogView {
  let log = view.log
  let start = view.start
  let end = view.end
  if (!view.owned || end !== log.length) {
    // Someone else's array, or a branch from an older state: never write into it.
    log = log.slice(start, end)
    end -= start
    start = 0
  }
  log.push(record)
  end++
  if (end - start > max) start = end - max
  if (log.length >= 2 * max && start > 0) {
    log = log.slice(start, end)
    end -= start
    start = 0
  }
  return { log, start, end, owned: true, array: undefined }
}
