import { createPinwheelLink } from '@linkwheel/core'

export async function connectPayroll(
  save: (accountId: string, job: string) => void,
  render: (state: { status: string; error: unknown }) => void = () => {},
) {
  const link = createPinwheelLink({
    getLinkToken: () => fetch('/api/link-token', { method: 'POST' }).then((r) => r.json()),
    onSuccess: (result) => save(result.accountId, result.job),
  })
  const unsubscribe = link.subscribe(() => render(link.getState())) // { status, error }
  const { sessionId, results, error, endedBy } = await link.open()
  unsubscribe()
  await link.close() // from the host: ends the session (recorded `closed`), or cancels an open()
  return { sessionId, results, error, endedBy }
}
