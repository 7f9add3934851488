/**
 * Section 3 worker: 200 components under one `PinwheelProvider`, each reading a different slice
 * with `usePinwheelEvents`, in jsdom with react-dom/client; 10,000 events recorded one `act` each
 * (as Link delivers them: one postMessage per event). Counts renders per component and judges
 * each re-render against the previous rendered value with a deep equality.
 */
import { performance } from 'node:perf_hooks'
import { installJsdomGlobals } from './installJsdomGlobals'
import { isStructurallyEqual } from './isStructurallyEqual'
import { type RerenderSlice, rerenderSlices } from './rerenderSlices'
import { resolvedFrom } from './resolvedFrom'
import { printWorkerResult } from './runWorker'
import { sampleLinkError, sampleLinkFlow } from './sampleLinkFlow'

const totalEvents = 10_000
const watchedSessionCount = 45

interface Tally {
  renders: number
  wasted: number
  last: unknown
  rendered: boolean
}

// Set once `@linkwheel/react` is imported (dynamically, so a missing build reports a skip).
let useSlice: (select: RerenderSlice['select']) => unknown = () => {
  throw new Error('usePinwheelEvents not loaded')
}

/** One consumer: reads its slice, counts the render, and judges it against its previous render. */
function Probe({ slice, tally }: { slice: RerenderSlice; tally: Tally }) {
  const value = useSlice(slice.select)
  if (tally.rendered && isStructurallyEqual(tally.last, value)) tally.wasted++
  tally.renders++
  tally.rendered = true
  tally.last = value
  return null
}

async function main(): Promise<void> {
  installJsdomGlobals()
  const core = await import('@linkwheel/core')
  const reactPkg = await import('@linkwheel/react').catch((error: unknown) => ({ error }))
  if ('error' in reactPkg || typeof reactPkg.usePinwheelEvents !== 'function') {
    printWorkerResult({
      status: 'skipped',
      reason: '@linkwheel/react (dist) has no usePinwheelEvents export',
    })
    return
  }
  const { PinwheelProvider } = reactPkg
  useSlice = reactPkg.usePinwheelEvents
  const React = await import('react')
  const { createRoot } = await import('react-dom/client')
  const { act } = React

  // The store gets raw events, as onEvent delivers them, and parses them itself.
  const flow = sampleLinkFlow
  const error = sampleLinkError
  const flows = totalEvents / flow.length
  const sessionIds = Array.from({ length: flows }, (_, n) => `session-${n}`)
  // Every 10th session hits a login error instead of submitting an allocation.
  const eventAt = (i: number) => {
    const session = Math.floor(i / flow.length)
    const step = i % flow.length
    return session % 10 === 3 && step === 7 ? error : flow[step]!
  }
  const stride = Math.floor(flows / watchedSessionCount)
  const watched = Array.from({ length: watchedSessionCount }, (_, k) => sessionIds[k * stride + 3]!)
  const eventNames = [...new Set([...flow, error].map(([name]) => name))]
  const slices = rerenderSlices(
    {
      selectFunnel: core.selectFunnel,
      selectDropOffScreens: core.selectDropOffScreens,
      selectTimeToLogin: core.selectTimeToLogin,
      selectTimeToSuccess: core.selectTimeToSuccess,
      selectErrorsByType: core.selectErrorsByType,
      selectErrorsByCode: core.selectErrorsByCode,
      selectEventsByName: core.selectEventsByName,
      selectSessions: core.selectSessions,
    },
    eventNames,
    watched,
  )

  const tallies = new Map<string, Tally>(
    slices.map((s) => [s.id, { renders: 0, wasted: 0, last: undefined, rendered: false }]),
  )
  const store = core.createLinkEventStore()
  const container = document.getElementById('root')!
  const root = createRoot(container)
  act(() => {
    root.render(
      <PinwheelProvider store={store}>
        {slices.map((slice) => (
          <Probe key={slice.id} slice={slice} tally={tallies.get(slice.id)!} />
        ))}
      </PinwheelProvider>,
    )
  })

  // The oracle: how often each selected value really changed, judged outside React.
  const needed = new Map<string, number>(slices.map((s) => [s.id, 1]))
  let previous = slices.map((s) => s.select(store.getState()))
  let recordMs = 0
  let recordCpuMs = 0
  const { record } = store.getState()
  for (let i = 0; i < totalEvents; i++) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    act(() => {
      const [name, payload] = eventAt(i)
      record(sessionIds[Math.floor(i / flow.length)]!, name, payload)
    })
    recordMs += performance.now() - start
    const cpu = process.cpuUsage(cpuStart)
    recordCpuMs += (cpu.user + cpu.system) / 1000
    const current = slices.map((s) => s.select(store.getState()))
    slices.forEach((slice, k) => {
      if (!isStructurallyEqual(previous[k], current[k]))
        needed.set(slice.id, (needed.get(slice.id) ?? 0) + 1)
    })
    previous = current
  }
  const finalState = store.getState()
  const components = slices.map((slice, k) => {
    const tally = tallies.get(slice.id)!
    return {
      id: slice.id,
      kind: slice.kind,
      renders: tally.renders,
      needed: needed.get(slice.id) ?? 0,
      wasted: tally.wasted,
      // A component showing stale data would be worse than a wasted render: check the last value.
      upToDate: isStructurallyEqual(tally.last, slices[k]!.select(finalState)),
    }
  })
  act(() => root.unmount())
  printWorkerResult({
    status: 'ok',
    components: components.length,
    events: totalEvents,
    msPerEvent: recordMs / totalEvents,
    cpuMsPerEvent: recordCpuMs / totalEvents,
    totalRecordMs: recordMs,
    resolved: { core: resolvedFrom('@linkwheel/core'), react: resolvedFrom('@linkwheel/react') },
    perComponent: components,
  })
}

await main()
