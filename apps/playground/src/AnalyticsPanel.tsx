import {
  type LinkDurationStats,
  type LinkFunnelStepName,
  type LinkFunnels,
  selectDropOffScreens,
  selectErrorsByCode,
  selectFunnel,
  selectTimeToLogin,
  selectTimeToSuccess,
  usePinwheelEvents,
} from '@linkwheel/react'
import { useState } from 'react'
import { BarList } from './BarList'
import { DurationStrip } from './DurationStrip'
import { formatDuration } from './formatTime'

const stepLabels: Record<LinkFunnelStepName, string> = {
  opened: 'Opened',
  employerChosen: 'Employer or platform chosen',
  loginAttempted: 'Login attempted',
  loggedIn: 'Logged in',
  allocationSubmitted: 'Allocation submitted',
  succeeded: 'Succeeded',
}

const funnelViews = [
  { key: 'all', label: 'All' },
  { key: 'connect', label: 'Connect' },
  { key: 'onDemandUpdate', label: 'On Demand Update' },
] as const satisfies readonly { key: keyof LinkFunnels; label: string }[]

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function Timing({ title, stats }: { title: string; stats: LinkDurationStats }) {
  return (
    <div className="timing">
      <h4>{title}</h4>
      <p className="big-number">{stats.median === null ? '–' : formatDuration(stats.median)}</p>
      <p className="meta">
        median of {stats.count} session{stats.count === 1 ? '' : 's'}
        {stats.mean !== null && <> · mean {formatDuration(stats.mean)}</>}
      </p>
      <DurationStrip label={`${title} per session`} stats={stats} />
    </div>
  )
}

/**
 * Analytics from the store's selectors: the funnel with conversion per step (all sessions, connect
 * or On Demand Update), drop-off screens, time to login and success, errors by code.
 */
export function AnalyticsPanel() {
  const funnels = usePinwheelEvents(selectFunnel)
  const dropOffs = usePinwheelEvents(selectDropOffScreens)
  const toLogin = usePinwheelEvents(selectTimeToLogin)
  const toSuccess = usePinwheelEvents(selectTimeToSuccess)
  const errorsByCode = usePinwheelEvents(selectErrorsByCode)
  const [view, setView] = useState<keyof LinkFunnels>('all')
  const funnel = funnels[view]
  const opened = funnel.counts.opened
  const errors = Object.entries(errorsByCode).sort((a, b) => b[1] - a[1])

  return (
    <section className="panel analytics" aria-labelledby="analytics-title">
      <header className="panel-header">
        <h2 id="analytics-title">Analytics</h2>
      </header>

      <section aria-labelledby="funnel-title">
        <div className="subheader">
          <h3 id="funnel-title">Funnel</h3>
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
                {option.label} ({funnels[option.key].counts.opened})
              </label>
            ))}
          </fieldset>
        </div>
        {opened === 0 ? (
          <p className="empty">No session in this view yet.</p>
        ) : (
          <BarList
            label="Funnel: sessions reaching each step"
            max={opened}
            bars={funnel.steps.map((step, index) => ({
              label: stepLabels[step.step],
              value: step.sessions,
              valueText: `${step.sessions} · ${percent(step.overall)}`,
              ...(index > 0 ? { note: `${percent(step.conversion)} of the previous step` } : {}),
            }))}
          />
        )}
      </section>

      <section aria-labelledby="dropoff-title">
        <h3 id="dropoff-title">Drop-off screens</h3>
        {dropOffs.total === 0 ? (
          <p className="empty">No session ended without success yet.</p>
        ) : (
          <BarList
            label="Last screen of sessions that ended without success"
            tone="warn"
            bars={dropOffs.screens.map((entry) => ({
              label: entry.screen ?? 'before any screen',
              value: entry.sessions,
              valueText: `${entry.sessions} · ${percent(entry.share)}`,
            }))}
          />
        )}
      </section>

      <div className="timings">
        <Timing title="Time to login" stats={toLogin} />
        <Timing title="Time to success" stats={toSuccess} />
      </div>

      <section aria-labelledby="errors-title">
        <h3 id="errors-title">Errors by code</h3>
        {errors.length === 0 ? (
          <p className="empty">No error yet.</p>
        ) : (
          <BarList
            label="Errors by code"
            tone="error"
            bars={errors.map(([code, count]) => ({
              label: code,
              value: count,
              valueText: String(count),
            }))}
          />
        )}
      </section>
    </section>
  )
}
