import type { LinkDurationStats } from '@linkwheel/react'
import { formatDuration } from './formatTime'

/** A small SVG dot plot: one dot per session's duration on a shared axis, the median marked. */
export function DurationStrip({ label, stats }: { label: string; stats: LinkDurationStats }) {
  if (stats.count === 0) return null
  const max = Math.max(...stats.sessions.map((entry) => entry.ms), 1)
  const x = (ms: number) => 8 + (ms / max) * 184
  const description = `${label}: ${stats.sessions.map((entry) => formatDuration(entry.ms)).join(', ')}`
  return (
    <svg className="duration-strip" viewBox="0 0 200 36" role="img" aria-label={description}>
      <line x1="8" y1="12" x2="192" y2="12" className="axis" />
      {stats.sessions.map((entry) => (
        <circle key={entry.sessionId} cx={x(entry.ms)} cy="12" r="4" className="dot" />
      ))}
      {stats.median !== null && (
        <line x1={x(stats.median)} y1="3" x2={x(stats.median)} y2="21" className="median" />
      )}
      <text x="8" y="33" className="tick">
        0
      </text>
      <text x="192" y="33" textAnchor="end" className="tick">
        {formatDuration(max)}
      </text>
    </svg>
  )
}
