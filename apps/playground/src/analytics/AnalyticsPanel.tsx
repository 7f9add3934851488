import { type ReactNode, useId, useState } from 'react'
import { formatDuration } from '../formatTime'
import { BarRows } from './BarRows'
import { ColumnChart } from './ColumnChart'
import { chartStyle, percent } from './chartStyle'
import { type DurationModel, type FunnelView, useAnalytics } from './useAnalytics'

const funnelViews = [
  { key: 'all', label: 'All' },
  { key: 'connect', label: 'Connect' },
  { key: 'onDemandUpdate', label: 'On Demand Update' },
] as const satisfies readonly { key: FunnelView; label: string }[]

/** A card of the panel: its title, an optional control, and either the chart or the empty text. */
function ChartCard(props: {
  title: string
  empty: string | null
  control?: ReactNode
  children: ReactNode
}): ReactNode {
  const titleId = useId()
  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="subheader">
        <h3 id={titleId}>{props.title}</h3>
        {props.control}
      </div>
      {props.empty === null ? props.children : <p className="empty">{props.empty}</p>}
    </section>
  )
}

function Median({ title, stats }: { title: string; stats: DurationModel }): ReactNode {
  return (
    <div className="stat">
      <p className="stat-label">{title}</p>
      <p className="big-number">{stats.median === null ? '–' : formatDuration(stats.median)}</p>
      <p className="meta">
        median of {stats.count} session{stats.count === 1 ? '' : 's'}
      </p>
    </div>
  )
}

const seconds = (value: number | null) =>
  value === null ? 'not reached' : formatDuration(value * 1000)

/**
 * Analytics of the recorded sessions, drawn with Recharts: the funnel (all sessions, connect or On
 * Demand Update), drop-off screens, time to login and success, events over time, errors by code.
 * Every number comes through {@link useAnalytics}, the panel's one adapter over the core selectors.
 */
export function AnalyticsPanel(): ReactNode {
  const model = useAnalytics()
  const [view, setView] = useState<FunnelView>('all')
  const funnel = model.funnels[view]
  const buckets = model.overTime

  return (
    <section className="panel analytics" aria-labelledby="analytics-title">
      <header className="panel-header">
        <h2 id="analytics-title">Analytics</h2>
      </header>
      <div className="chart-grid">
        <ChartCard
          title="Funnel"
          empty={funnel.opened === 0 ? 'No session in this view yet. Open Link to fill it.' : null}
          control={
            <fieldset className="segmented small">
              <legend className="visually-hidden">Sessions in the funnel</legend>
              {funnelViews.map((option) => (
                <label key={option.key}>
                  <input
                    type="radio"
                    name="funnel-view"
                    value={option.key}
                    checked={view === option.key}
                    onChange={() => setView(option.key)}
                  />
                  {option.label} ({model.funnels[option.key].opened})
                </label>
              ))}
            </fieldset>
          }
        >
          <BarRows
            label="Funnel: sessions reaching each step"
            color={chartStyle.accent}
            max={funnel.opened}
            rows={funnel.steps.map((step) => {
              const text = `${step.sessions} · ${percent(step.overall)}`
              return {
                label: step.label,
                value: step.sessions,
                text,
                spoken: `${step.label}: ${text}${step.conversion === null ? '' : `, ${percent(step.conversion)} of the previous step`}`,
              }
            })}
          />
        </ChartCard>

        <ChartCard
          title="Drop-off screens"
          empty={model.dropOffTotal === 0 ? 'No session ended without success yet.' : null}
        >
          <BarRows
            label="Last screen of sessions that ended without success"
            color={chartStyle.warn}
            rows={model.dropOffs.map((bar) => ({
              label: bar.label,
              value: bar.sessions,
              text: `${bar.sessions} · ${percent(bar.share)}`,
            }))}
          />
        </ChartCard>

        <ChartCard
          title="Time to login and success"
          empty={model.timings.length === 0 ? 'No session has logged in yet.' : null}
        >
          <div className="stats">
            <Median title="Time to login" stats={model.toLogin} />
            <Median title="Time to success" stats={model.toSuccess} />
          </div>
          <ColumnChart
            data={model.timings}
            xKey="session"
            series={[
              { key: 'login', name: 'To login', color: chartStyle.accent },
              { key: 'success', name: 'To success', color: chartStyle.ok },
            ]}
            yAxis={{ unit: ' s', domain: [0, (max: number) => Math.max(1, Math.ceil(max))] }}
            format={(value) => seconds(value)}
          >
            <ul className="visually-hidden" aria-label="Time to login and success per session">
              {model.timings.map((entry) => (
                <li key={entry.session}>
                  {entry.session}: login {seconds(entry.login)}, success {seconds(entry.success)}
                </li>
              ))}
            </ul>
          </ColumnChart>
        </ChartCard>

        <ChartCard title="Events over time" empty={buckets.length === 0 ? 'No event yet.' : null}>
          <ColumnChart
            data={buckets}
            xKey="label"
            stacked
            series={[
              { key: 'events', name: 'Events', color: chartStyle.accent },
              { key: 'errors', name: 'Errors', color: chartStyle.error },
            ]}
          >
            <p className="visually-hidden">
              {buckets.reduce((sum, bucket) => sum + bucket.events + bucket.errors, 0)} events,{' '}
              {buckets.reduce((sum, bucket) => sum + bucket.errors, 0)} of them errors, from{' '}
              {buckets[0]?.label} to {buckets.at(-1)?.label}
            </p>
          </ColumnChart>
        </ChartCard>

        <ChartCard
          title="Errors by code"
          empty={model.errors.length === 0 ? 'No error yet.' : null}
        >
          <ul className="error-codes" aria-label="Errors by code">
            {model.errors.map((entry) => (
              <li key={entry.code}>
                <code>{entry.code}</code>
                <span className="pill pill-error">{entry.count}</span>
              </li>
            ))}
          </ul>
        </ChartCard>
      </div>
    </section>
  )
}
