import type { ReactNode } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { chartStyle } from './chartStyle'

/** One row of a {@link BarRows} chart. */
export interface BarRow {
  /** The category, on the y axis. */
  label: string
  /** The bar's length. */
  value: number
  /** The text after the bar, e.g. `3 · 75%`. */
  text: string
  /** What a screen reader hears for the row, when more than `label: text`. */
  spoken?: string
}

/** Props of {@link BarRows}. */
export interface BarRowsProps {
  /** Accessible name of the data list that stands in for the chart. */
  label: string
  /** The rows, top first. */
  rows: readonly BarRow[]
  /** Bar colour. */
  color: string
  /** The value of a full-length bar. @default the largest value */
  max?: number
}

/**
 * Horizontal bars with the category on the y axis and the value text after each bar (Recharts),
 * plus the same rows as a list for assistive technology, which the SVG is hidden from.
 */
export function BarRows({ label, rows, color, max }: BarRowsProps): ReactNode {
  const top = max ?? Math.max(1, ...rows.map((row) => row.value))
  return (
    <figure className="chart">
      <div className="chart-canvas" aria-hidden="true">
        <ResponsiveContainer
          width="100%"
          height={rows.length * 34 + 36}
          initialDimension={{ width: 320, height: rows.length * 34 + 36 }}
        >
          <BarChart
            data={[...rows]}
            layout="vertical"
            margin={{ top: 4, right: 76, bottom: 4, left: 0 }}
          >
            <CartesianGrid horizontal={false} stroke={chartStyle.grid} />
            <XAxis
              type="number"
              domain={[0, top]}
              allowDecimals={false}
              tick={chartStyle.tick}
              axisLine={chartStyle.axisLine}
              tickLine={false}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={132}
              tick={chartStyle.tick}
              axisLine={chartStyle.axisLine}
              tickLine={false}
            />
            <Bar dataKey="value" fill={color} radius={[0, 4, 4, 0]} isAnimationActive={false}>
              <LabelList
                dataKey="text"
                position="right"
                style={{ ...chartStyle.tick, whiteSpace: 'nowrap' }}
                width={72}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="visually-hidden" aria-label={label}>
        {rows.map((row) => (
          <li key={row.label}>{row.spoken ?? `${row.label}: ${row.text}`}</li>
        ))}
      </ul>
    </figure>
  )
}
