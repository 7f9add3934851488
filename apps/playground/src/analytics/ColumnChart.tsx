import type { ReactNode } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisProps,
} from 'recharts'
import { chartStyle } from './chartStyle'

/** One series of a {@link ColumnChart}. */
export interface ColumnSeries {
  /** The data key. */
  key: string
  /** Its name in the legend. */
  name: string
  /** Its colour. */
  color: string
}

/** Props of {@link ColumnChart}. */
export interface ColumnChartProps {
  /** Rows, left to right. */
  data: readonly object[]
  /** The key of the x axis category. */
  xKey: string
  /** The bars of each row. */
  series: readonly ColumnSeries[]
  /** Stack the series instead of putting them side by side. */
  stacked?: boolean
  /** Extra y axis settings (unit, domain). */
  yAxis?: Omit<YAxisProps, 'ref'>
  /** Tooltip value text. */
  format?: (value: number) => string
  /** What a screen reader gets instead of the SVG. */
  children: ReactNode
}

/** Vertical bars over categories or time (Recharts), 12 px axis labels, a legend, a tooltip. */
export function ColumnChart({
  data,
  xKey,
  series,
  stacked = false,
  yAxis = {},
  format,
  children,
}: ColumnChartProps): ReactNode {
  return (
    <figure className="chart">
      <div className="chart-canvas" aria-hidden="true">
        <ResponsiveContainer
          width="100%"
          height={220}
          initialDimension={{ width: 320, height: 220 }}
        >
          <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={chartStyle.grid} />
            <XAxis
              dataKey={xKey}
              tick={chartStyle.tick}
              axisLine={chartStyle.axisLine}
              tickLine={false}
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              tick={chartStyle.tick}
              axisLine={chartStyle.axisLine}
              tickLine={false}
              width={44}
              {...yAxis}
            />
            <Tooltip {...(format ? { formatter: (value) => format(Number(value)) } : {})} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((entry) => (
              <Bar
                key={entry.key}
                dataKey={entry.key}
                name={entry.name}
                fill={entry.color}
                isAnimationActive={false}
                {...(stacked ? { stackId: 'all' } : {})}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {children}
    </figure>
  )
}
