import { PinwheelLink } from '@linkwheel/react'
import type { ReactNode } from 'react'
import { analytics, report, saveAccount } from './myApp'

export function ConnectPayroll(): ReactNode {
  return (
    <PinwheelLink
      // Called when the user clicks (not on mount), so a single-use token is never wasted; called
      // once more if Link reports `invalidLinkToken`.
      getLinkToken={() => fetch('/api/link-token', { method: 'POST' }).then((r) => r.json())}
      onSuccess={(result) => saveAccount(result.accountId, result.job)}
      onExit={(error) => ('code' in error ? report(error.code) : undefined)}
      onEvent={(name, payload) => analytics.track(name, payload)}
    >
      Connect your payroll
    </PinwheelLink>
  )
}
