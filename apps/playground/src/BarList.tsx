/** One bar of a {@link BarList}. */
export interface Bar {
  /** Row label. */
  label: string
  /** Bar length, relative to `max`. */
  value: number
  /** Text after the bar, e.g. `3 · 75%`. */
  valueText: string
  /** Extra text under the label. */
  note?: string
}

/** Props of {@link BarList}. */
export interface BarListProps {
  /** Accessible name of the chart. */
  label: string
  /** The rows. */
  bars: readonly Bar[]
  /** The value of a full-width bar. @default the largest value */
  max?: number
  /** Colour class. @default 'accent' */
  tone?: 'accent' | 'warn' | 'error'
}

/**
 * A horizontal bar chart drawn with CSS: a list whose items read as text to assistive technology
 * (label and value), with the bars themselves hidden from it.
 */
export function BarList({ label, bars, max, tone = 'accent' }: BarListProps) {
  const top = max ?? Math.max(0, ...bars.map((bar) => bar.value))
  return (
    <ul className={`bar-list tone-${tone}`} aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.label}>
          <span className="bar-label">
            {bar.label}
            {bar.note && <small>{bar.note}</small>}
          </span>
          <span className="bar-track" aria-hidden="true">
            <span
              className="bar-fill"
              style={{ width: `${top > 0 ? (bar.value / top) * 100 : 0}%` }}
            />
          </span>
          <span className="bar-value">{bar.valueText}</span>
        </li>
      ))}
    </ul>
  )
}
