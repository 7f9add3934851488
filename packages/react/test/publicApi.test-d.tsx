// Compiled against @types/react 19 (`pnpm typecheck`, the sources) and 18 (tsconfig.react18.json,
// the built .d.ts): the public components and hooks must type-check as JSX under both.

import {
  type LinkOutcome,
  PinwheelLink,
  PinwheelModal,
  PinwheelProvider,
  selectFunnel,
  usePinwheelEvents,
  usePinwheelLink,
} from '@linkwheel/react'
import type { ReactNode } from 'react'

declare const getLinkToken: () => Promise<string>

function Trigger(): ReactNode {
  const link = usePinwheelLink({ getLinkToken })
  const outcome: Promise<LinkOutcome> = link.open()
  void outcome
  return (
    <button type="button" disabled={!link.ready} onClick={() => void link.open()}>
      {link.status}
    </button>
  )
}

function Funnel(): ReactNode {
  const funnel = usePinwheelEvents(selectFunnel)
  return <output>{JSON.stringify(funnel.all)}</output>
}

export function App(): ReactNode {
  return (
    <PinwheelProvider options={{ useDarkMode: true }}>
      <PinwheelLink getLinkToken={getLinkToken} onSuccess={(result) => result.accountId}>
        Connect payroll
      </PinwheelLink>
      <PinwheelLink linkToken="pw_token">
        {({ triggerProps }) => <button type="button" {...triggerProps} />}
      </PinwheelLink>
      <PinwheelModal
        open
        linkToken="pw_token"
        onExit={() => {}}
        _srcUrl="https://cdn.example/x.js"
      />
      <Trigger />
      <Funnel />
    </PinwheelProvider>
  )
}
