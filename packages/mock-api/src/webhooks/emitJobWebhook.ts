import { randomUUID } from 'node:crypto'
import type { WebhookVersion } from '../internal/apiVersions.js'
import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import type { JobWebhookPayload, LinkTokenJob } from './webhookEvents.js'

/** What a job run reports, the same for every webhook version or built per version. */
export type JobDetails = Pick<JobWebhookPayload, 'outcome'> &
  Partial<Pick<JobWebhookPayload, 'error_code' | 'error_type' | 'added' | 'deleted' | 'params'>>

/**
 * Sends `<job>.added` for one job run on an account; returns the event id. `details` may be a
 * function of the webhook's version when the payload differs between versions.
 */
export function emitJobWebhook(
  ctx: MockApiContext,
  account: AccountRecord,
  job: LinkTokenJob,
  linkTokenId: string | null,
  details: JobDetails | ((version: WebhookVersion) => JobDetails),
): string {
  const base = {
    id: randomUUID(),
    account_id: account.id,
    end_user_id: account.endUserId,
    link_token_id: linkTokenId,
    name: job,
    timestamp: toTimestamp(ctx.clock()),
  }
  return ctx.webhooks.emit(
    `${job}.added`,
    (version): JobWebhookPayload => ({
      ...base,
      ...(typeof details === 'function' ? details(version) : details),
    }),
  )
}
