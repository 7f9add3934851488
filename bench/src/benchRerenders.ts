import type { PackageBuildState } from './ensurePackagesBuilt'
import { median } from './median'
import { runWorker, type WorkerResult } from './runWorker'
import { okSection, type SectionResult, skippedSection } from './SectionResult'

const id = 'rerenders'
const title = '3. Re-renders (200 components, 10,000 events)'
const method =
  'A fresh Node process with jsdom 29 globals, React 19 (development build, needed for `act`), ' +
  'react-dom/client `createRoot`. 200 mounted components under one `PinwheelProvider`, each calling ' +
  '`usePinwheelEvents(selector)` with a different slice (8 core selectors, 12 store-wide figures, and ' +
  'status / event count / a new object / a new array for 45 sessions). 10,000 events (1,000 ten-event ' +
  'sessions) recorded with `store.getState().record`, each in its own `act()`, as Link delivers one ' +
  'message per event. A render is counted in the component body; it is *wasted* when its selected ' +
  'value deep-equals the value of its previous render. *Needed* = 1 (mount) + the number of events ' +
  'after which the selector, run outside React, returned a deep-different value. ms/event = time ' +
  'inside `act(record)`, all 200 subscribers included.'

interface ComponentTally {
  id: string
  kind: string
  renders: number
  needed: number
  wasted: number
  upToDate: boolean
}
type RerenderResult = WorkerResult<{
  components: number
  events: number
  msPerEvent: number
  cpuMsPerEvent: number
  resolved: Record<string, string>
  perComponent: ComponentTally[]
}>

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)

/** Section 3: renders and wasted renders of `usePinwheelEvents` consumers. */
export async function benchRerenders(builds: readonly PackageBuildState[]): Promise<SectionResult> {
  const missing = builds.filter((b) => (b.name === 'core' || b.name === 'react') && !b.fresh)
  if (missing.length > 0) {
    return skippedSection(
      id,
      title,
      method,
      missing.map((b) => `@linkwheel/${b.name}: ${b.problem}`).join('; '),
    )
  }
  const result = await runWorker<RerenderResult>('rerenderWorker.tsx', { nodeEnv: 'development' })
  if (result.status === 'skipped') return skippedSection(id, title, method, result.reason)
  const kinds = [...new Set(result.perComponent.map((c) => c.kind))]
  const row = (label: string, group: ComponentTally[]) => [
    label,
    group.length,
    sum(group.map((c) => c.renders)),
    `${Math.min(...group.map((c) => c.renders))} / ${median(
      group.map((c) => c.renders),
      0,
    )} / ${Math.max(...group.map((c) => c.renders))}`,
    sum(group.map((c) => c.needed)),
    sum(group.map((c) => c.wasted)),
    group.filter((c) => !c.upToDate).length,
  ]
  const all = result.perComponent
  const wasted = sum(all.map((c) => c.wasted))
  const stale = all.filter((c) => !c.upToDate).length
  return okSection(id, title, method, {
    columns: [
      'slice',
      'components',
      'renders',
      'renders per component min / median / max',
      'needed',
      'wasted',
      'stale at end',
    ],
    rows: [
      ...kinds.map((kind) =>
        row(
          kind,
          all.filter((c) => c.kind === kind),
        ),
      ),
      row('**all**', all),
    ],
    notes: [
      `Target: zero wasted renders: ${wasted === 0 ? 'met' : `MISSED (${wasted} wasted)`}.` +
        (stale > 0
          ? ` ${stale} components ended showing a stale value.`
          : ' Every component ended showing the current value.'),
      `Recording with 200 subscribers mounted: ${result.cpuMsPerEvent.toFixed(3)} ms of CPU per event (${(1000 / result.cpuMsPerEvent).toFixed(0)} events per CPU second), ${result.msPerEvent.toFixed(3)} ms wall, React commit included.`,
      `Modules: ${Object.entries(result.resolved)
        .map(([k, v]) => `${k} → ${v}`)
        .join(', ')}.`,
    ],
    data: result,
  })
}
