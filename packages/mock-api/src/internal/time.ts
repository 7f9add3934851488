/** Milliseconds in a day. */
export const DAY_MS = 86_400_000

/** Formats an instant the way Pinwheel does: ISO 8601 with an explicit `+00:00` offset. */
export function toTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+00:00')
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** UTC midnight of a `YYYY-MM-DD` string. */
export function fromDateString(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`)
}

/** `date` moved by a whole number of days. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

/** UTC midnight of the day `date` falls on. */
export function startOfDay(date: Date): Date {
  return fromDateString(toDateString(date))
}
