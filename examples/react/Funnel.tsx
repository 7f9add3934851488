import { selectFunnel, usePinwheelEvents } from '@linkwheel/react'
import type { ReactNode } from 'react'

export function Funnel(): ReactNode {
  const funnel = usePinwheelEvents(selectFunnel)
  const logins = usePinwheelEvents((state) => state.events.filter((e) => e.name === 'login').length)
  return (
    <>
      <ol>
        {funnel.all.steps.map((step) => (
          <li key={step.step}>
            {step.step}: {step.sessions} ({Math.round(step.overall * 100)}%)
          </li>
        ))}
      </ol>
      <p>{logins} logins</p>
    </>
  )
}
