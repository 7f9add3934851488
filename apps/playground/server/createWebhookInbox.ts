import { verifyWebhookSignature } from '@linkwheel/mock-api'

/** A webhook the playground accepted, as the page shows it. */
export interface WebhookEntry {
  /** Order of arrival, from 1; the SSE event id. */
  seq: number
  /** Pinwheel's id of the event: deliveries with the same id are one event. */
  eventId: string
  /** The event name, e.g. `account.added` or `direct_deposit_switch.added`. */
  event: string
  /** The event payload, as sent. */
  payload: Record<string, unknown>
  /** When this server first received it (ISO). */
  receivedAt: string
  /** The signed `x-timestamp` (ISO). */
  signedAt: string
  /** How many deliveries carried this event (more than 1: duplicates that were dropped). */
  deliveries: number
}

/** A job webhook seen for an account. */
export interface AccountJobRecord {
  /** The job, e.g. `identity`. */
  name: string
  /** `success` or `error`. */
  outcome: string
  /** When Pinwheel says it happened. */
  timestamp: string | null
}

/** A payroll account an end user connected, learnt from `account.added`. */
export interface ConnectedAccount {
  /** The account id, for `account_id` in an On Demand Update token. */
  accountId: string
  /** The app's id of the user who connected it. */
  endUserId: string | null
  /** The payroll platform. */
  platformId: string | null
  /** The link token that created it. */
  linkTokenId: string | null
  /** When Pinwheel created it. */
  createdAt: string | null
  /** Latest monitoring status seen. */
  monitoringStatus: string | null
  /** Job webhooks seen for it, oldest first. */
  jobs: AccountJobRecord[]
}

/** What {@link WebhookInbox.receive} did with a delivery. */
export type WebhookReceipt =
  | { status: 'accepted'; entry: WebhookEntry }
  | { status: 'duplicate'; entry: WebhookEntry }

/** A delivery whose body is not a Pinwheel webhook (`{event, event_id, payload}`). */
export class InvalidWebhookBodyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidWebhookBodyError'
  }
}

/** Options of {@link createWebhookInbox}. */
export interface WebhookInboxOptions {
  /** The API secret webhooks are signed with. */
  secret: string
  /** Maximum age of `x-timestamp`, in seconds. @default 300 */
  toleranceSeconds?: number
  /** How many entries to keep for the page (event ids are remembered beyond it). @default 1000 */
  maxEntries?: number
  /** For tests. @default () => new Date() */
  now?: () => Date
}

/** The playground's webhook receiver state: verified, deduplicated deliveries and the accounts. */
export interface WebhookInbox {
  /**
   * Verifies and keeps one delivery. A repeated `event_id` is counted on the first entry and not
   * kept again.
   * @throws {import('@linkwheel/mock-api').WebhookSignatureError} when the signature or timestamp is bad.
   * @throws {InvalidWebhookBodyError} when the body is not `{event, event_id, payload}` JSON.
   */
  receive(rawBody: string, headers: Headers): WebhookReceipt
  /** Kept entries, oldest first. */
  entries(): WebhookEntry[]
  /** Connected accounts, newest first; only those of `endUserId` when given. */
  accounts(endUserId?: string): ConnectedAccount[]
  /** Calls `listener` for each accepted (not duplicate) entry; returns the unsubscribe function. */
  subscribe(listener: (entry: WebhookEntry) => void): () => void
}

function readString(payload: Record<string, unknown>, key: string): string | null {
  const value = payload[key]
  return typeof value === 'string' ? value : null
}

function parseBody(rawBody: string): {
  event: string
  eventId: string
  payload: Record<string, unknown>
} {
  let body: unknown
  try {
    body = JSON.parse(rawBody)
  } catch {
    throw new InvalidWebhookBodyError(
      'The webhook body is not JSON: send `{event, event_id, payload}`.',
    )
  }
  const record = (body ?? {}) as Record<string, unknown>
  const { event, event_id: eventId, payload } = record
  if (typeof event !== 'string' || typeof eventId !== 'string' || eventId === '') {
    throw new InvalidWebhookBodyError(
      'The webhook body needs string `event` and `event_id` fields, as Pinwheel sends them.',
    )
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new InvalidWebhookBodyError('The webhook body needs an object `payload`.')
  }
  return { event, eventId, payload: payload as Record<string, unknown> }
}

/**
 * Creates the playground's webhook inbox: every delivery is verified with the mock API's
 * `verifyWebhookSignature`, deduplicated by `event_id` (Pinwheel delivers at least once), kept,
 * and announced to subscribers; `account.added` and job webhooks build the accounts list.
 */
export function createWebhookInbox(options: WebhookInboxOptions): WebhookInbox {
  const now = options.now ?? (() => new Date())
  const maxEntries = options.maxEntries ?? 1000
  const kept: WebhookEntry[] = []
  const byEventId = new Map<string, WebhookEntry>()
  const accounts = new Map<string, ConnectedAccount>()
  const listeners = new Set<(entry: WebhookEntry) => void>()
  let seq = 0

  function account(id: string): ConnectedAccount {
    let existing = accounts.get(id)
    if (!existing) {
      existing = {
        accountId: id,
        endUserId: null,
        platformId: null,
        linkTokenId: null,
        createdAt: null,
        monitoringStatus: null,
        jobs: [],
      }
      accounts.set(id, existing)
    }
    return existing
  }

  function track(event: string, payload: Record<string, unknown>): void {
    const accountId = readString(payload, 'account_id')
    if (!accountId) return
    if (event === 'account.added') {
      const target = account(accountId)
      target.endUserId = readString(payload, 'end_user_id') ?? target.endUserId
      target.platformId = readString(payload, 'platform_id') ?? target.platformId
      target.linkTokenId = readString(payload, 'link_token_id') ?? target.linkTokenId
      target.createdAt = readString(payload, 'created_at') ?? target.createdAt
      target.monitoringStatus = readString(payload, 'monitoring_status') ?? target.monitoringStatus
    } else if (event === 'account.monitoring_status.updated') {
      account(accountId).monitoringStatus = readString(payload, 'monitoring_status')
    } else if (event.endsWith('.added')) {
      const target = account(accountId)
      target.endUserId ??= readString(payload, 'end_user_id')
      target.jobs.push({
        name: readString(payload, 'name') ?? event.slice(0, -'.added'.length),
        outcome: readString(payload, 'outcome') ?? 'success',
        timestamp: readString(payload, 'timestamp'),
      })
    }
  }

  return {
    receive(rawBody, headers) {
      const verified = verifyWebhookSignature(rawBody, headers, options.secret, {
        toleranceSeconds: options.toleranceSeconds ?? 300,
        now,
      })
      const { event, eventId, payload } = parseBody(rawBody)
      const seen = byEventId.get(eventId)
      if (seen) {
        seen.deliveries += 1
        return { status: 'duplicate', entry: seen }
      }
      seq += 1
      const entry: WebhookEntry = {
        seq,
        eventId,
        event,
        payload,
        receivedAt: now().toISOString(),
        signedAt: verified.timestamp.toISOString(),
        deliveries: 1,
      }
      byEventId.set(eventId, entry)
      kept.push(entry)
      if (kept.length > maxEntries) kept.shift()
      track(event, payload)
      for (const listener of listeners) listener(entry)
      return { status: 'accepted', entry }
    },
    entries: () => [...kept],
    accounts(endUserId) {
      return [...accounts.values()]
        .filter((item) => endUserId === undefined || item.endUserId === endUserId)
        .reverse()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
