/** Axis and grid styling shared by the analytics charts: 12 px ticks in the page's muted ink. */
export const chartStyle = {
  tick: { fontSize: 12, fill: '#4b5563' },
  axisLine: { stroke: '#9ca3af' },
  grid: '#e5e7eb',
  accent: '#1d4ed8',
  ok: '#16a34a',
  warn: '#d97706',
  error: '#b91c1c',
} as const

/** `75%` for a share between 0 and 1. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}
