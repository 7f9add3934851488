import { type LinkResult, PinwheelLink } from '@linkwheel/react'
import { type ReactNode, useRef } from 'react'

export function ConnectPayroll(props: {
  onConnected: (accountId: string, jobs: string[]) => void
}): ReactNode {
  const results = useRef<LinkResult[]>([])
  return (
    <PinwheelLink
      // Fetched when the user clicks, so a single-use token is never spent on page load.
      getLinkToken={() =>
        fetch('/api/link-token', { method: 'POST' })
          .then((r) => r.json())
          .then((r) => r.token)
      }
      // Once per job: a token asking for paystubs and income calls it twice.
      onSuccess={(result) => {
        results.current.push(result)
      }}
      // Exactly once per session, when the user closes Link: the place to act once.
      onExit={(error) => {
        const done = results.current
        results.current = []
        const jobs = done.map((r) => r.job)
        if (done[0]) {
          props.onConnected(done[0].accountId, jobs)
        } else if ('code' in error) {
          console.warn('Link ended with', error.code)
        }
      }}
    >
      Connect your payroll
    </PinwheelLink>
  )
}
