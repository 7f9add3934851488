import type { LinkSessionStatus } from './types'

/** Whether a session with this status is over (`succeeded`, `exited`, `errored`, `closed`). */
export function isTerminalStatus(status: LinkSessionStatus): boolean {
  return status !== 'opening' && status !== 'open'
}
