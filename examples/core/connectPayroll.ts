import { createPinwheelLink } from '@linkwheel/core'

export async function connectPayroll(save: (accountId: string, job: string) => void) {
  const link = createPinwheelLink({
    getLinkToken: () => fetch('/api/link-token', { method: 'POST' }).then((r) => r.json()),
    onSuccess: (result) => save(result.accountId, result.job),
  })
  const outcome = await link.open() // { status: 'succeeded' | 'exited' | 'errored', results, error, … }
  link.destroy()
  return outcome
}
