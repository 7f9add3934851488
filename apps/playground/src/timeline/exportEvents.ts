import type { LinkEventRecord } from '@linkwheel/react'

/** Export formats of the event log. */
export type EventExportFormat = 'json' | 'ndjson'

/** The event log as text: a JSON array, or one JSON object per line (NDJSON). */
export function serializeEvents(
  events: readonly LinkEventRecord[],
  format: EventExportFormat,
): string {
  if (format === 'json') return `${JSON.stringify(events, null, 2)}\n`
  return events.map((event) => JSON.stringify(event)).join('\n') + (events.length > 0 ? '\n' : '')
}

/** Downloads the event log as `linkwheel-events-<time>.json` or `.ndjson`. */
export function downloadEvents(
  events: readonly LinkEventRecord[],
  format: EventExportFormat,
): void {
  const type = format === 'json' ? 'application/json' : 'application/x-ndjson'
  const url = URL.createObjectURL(new Blob([serializeEvents(events, format)], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = `linkwheel-events-${new Date().toISOString().replace(/[:.]/g, '-')}.${format}`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
