/** `14:03:07` for an instant (epoch ms or ISO string), in the viewer's time zone. */
export function formatClock(at: number | string): string {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return String(at)
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })
}

/** A duration for people: `850 ms`, `4.2 s`, `3 min 5 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** `2024-05-01 14:03` for an ISO timestamp, or `never` for null. */
export function formatStamp(iso: string | null | undefined): string {
  if (!iso) return 'never'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.toISOString().slice(0, 10)} ${formatClock(iso)}`
}

/** `$1,234.56` for an amount in cents. */
export function formatCents(cents: unknown): string {
  if (typeof cents !== 'number') return '–'
  return (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' })
}

/** `Nov 30, 14:03` for an ISO timestamp (short enough for a table cell), or `never` for null. */
export function formatShortStamp(iso: string | null | undefined): string {
  if (!iso) return 'never'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
}
