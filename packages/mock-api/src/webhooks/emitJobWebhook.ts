import { randomUUID } from 'node:crypto'
import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import type { JobWebhookPayload, LinkTokenJob } from './webhookEvents.js'

/** Sends `<job>.added` for one job run on an account; returns the event id. */
export function emitJobWebhook(
  ctx: MockApiContext,
  account: AccountRecord,
  job: LinkTokenJob,
  linkTokenId: string | null,
  details: Pick<JobWebhookPayload, 'outcome'> &
    Partial<Pick<JobWebhookPayload, 'error' | 'added' | 'deleted' | 'params'>>,
): string {
  const payload: JobWebhookPayload = {
    id: randomUUID(),
    account_id: account.id,
    end_user_id: account.endUserId,
    link_token_id: linkTokenId,
    name: job,
    timestamp: toTimestamp(ctx.clock()),
    ...details,
  }
  return ctx.webhooks.emit(`${job}.added`, payload)
}
