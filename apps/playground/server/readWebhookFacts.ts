import type { AccountJobRecord, ConnectedAccount } from './ConnectedAccount'

/** What the playground keeps from one webhook about an account. */
export type WebhookFacts =
  | ({ kind: 'account'; connected: boolean | null } & Omit<ConnectedAccount, 'jobs' | 'source'>)
  | { kind: 'monitoring'; accountId: string; monitoringStatus: string | null }
  | ({
      kind: 'job'
      accountId: string
      endUserId: string | null
      /** Pinwheel's job id when sent (a `pending` job's later `error` shares it), else null. */
      jobId: string | null
    } & Omit<AccountJobRecord, 'source'>)
  | { kind: 'other' }

function text(record: Record<string, unknown>, key: string): string | null {
  const value = record[key]
  return typeof value === 'string' ? value : null
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/**
 * Reads the account facts of a webhook, tolerant of both shapes Pinwheel has used: job errors as
 * flat `error_code` / `error_type` (current) or as a nested `error: {code, type}` (older), and
 * `account.added` with or without `platform_name` / `platform_type`. Unknown events and payloads
 * without `account_id` give `{kind: 'other'}`: kept in the inbox, not tracked.
 */
export function readWebhookFacts(event: string, payload: Record<string, unknown>): WebhookFacts {
  const accountId = text(payload, 'account_id')
  if (!accountId) return { kind: 'other' }
  if (event === 'account.added') {
    return {
      kind: 'account',
      accountId,
      endUserId: text(payload, 'end_user_id'),
      platformId: text(payload, 'platform_id'),
      platformName: text(payload, 'platform_name'),
      platformType: text(payload, 'platform_type'),
      linkTokenId: text(payload, 'link_token_id'),
      createdAt: text(payload, 'created_at'),
      monitoringStatus: text(payload, 'monitoring_status'),
      connected: typeof payload.connected === 'boolean' ? payload.connected : null,
    }
  }
  if (event === 'account.monitoring_status.updated') {
    return { kind: 'monitoring', accountId, monitoringStatus: text(payload, 'monitoring_status') }
  }
  if (!event.endsWith('.added')) return { kind: 'other' }
  const nested = record(payload.error)
  return {
    kind: 'job',
    accountId,
    endUserId: text(payload, 'end_user_id'),
    jobId: text(payload, 'id'),
    name: text(payload, 'name') ?? event.slice(0, -'.added'.length),
    outcome: text(payload, 'outcome') ?? 'success',
    timestamp: text(payload, 'timestamp'),
    errorCode: text(payload, 'error_code') ?? text(nested, 'code'),
    errorType: text(payload, 'error_type') ?? text(nested, 'type'),
  }
}
