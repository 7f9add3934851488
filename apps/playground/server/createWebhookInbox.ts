import { verifyWebhookSignature, WebhookSignatureError } from '@linkwheel/mock-api'
import type { AccountStore, Page } from './createAccountStore'
import type { Database } from './db/Database'
import { BoundedJsonError, parseBoundedJson } from './parseBoundedJson'
import { readWebhookFacts } from './readWebhookFacts'

export type { AccountJobRecord, ConnectedAccount } from './ConnectedAccount'

/** A webhook the playground accepted, as the page shows it. */
export interface WebhookEntry {
  /** Durable, increasing id (the database's, kept across restarts); the SSE event id. */
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

/** What {@link WebhookInbox.receive} did with a delivery. */
export type WebhookReceipt =
  | { status: 'accepted'; entry: WebhookEntry }
  | { status: 'duplicate'; entry: WebhookEntry }

/** A delivery whose body is not a Pinwheel webhook; `code` says why. */
export class InvalidWebhookBodyError extends Error {
  /** `invalid_webhook`, or `too_deep` / `too_long` for bodies past the JSON bounds. */
  readonly code: string
  constructor(message: string, code = 'invalid_webhook') {
    super(message)
    this.name = 'InvalidWebhookBodyError'
    this.code = code
  }
}

/** Options of {@link createWebhookInbox}. */
export interface WebhookInboxOptions {
  /** Where entries are kept. */
  db: Database
  /** Where the accounts the webhooks tell of are kept. */
  accounts: AccountStore
  /** The API secret webhooks are signed with. */
  secret: string
  /** Maximum age of `x-timestamp`, in seconds. @default 300 */
  toleranceSeconds?: number
  /** Deepest JSON nesting kept. @default 32 */
  maxDepth?: number
  /** For tests. @default () => new Date() */
  now?: () => Date
}

/** The playground's webhook receiver: verified, deduplicated, stored deliveries. */
export interface WebhookInbox {
  /**
   * Checks the signature headers alone (presence, form, age), before the body is read.
   * @throws {WebhookSignatureError}
   */
  checkHeaders(headers: Headers): void
  /**
   * Verifies one delivery over its raw bytes and stores it (a repeated `event_id` only counts a
   * delivery on the stored entry). Resolves once stored, so a 2xx is only sent for what is kept.
   * @throws {WebhookSignatureError} when the signature or timestamp is bad.
   * @throws {InvalidWebhookBodyError} when the body is not bounded `{event, event_id, payload}` JSON.
   */
  receive(rawBody: Uint8Array, headers: Headers): Promise<WebhookReceipt>
  /** Stored entries with `seq` above `after`, oldest first, at most `limit`. */
  entries(query: { after?: number; limit: number }): Promise<Page<WebhookEntry>>
  /** The `seq` just before the latest `count` entries (0 when there are no more than `count`). */
  seqBeforeLatest(count: number): Promise<number>
  /** Calls `listener` for each accepted (not duplicate) entry, after it is stored. */
  subscribe(listener: (entry: WebhookEntry) => void): () => void
}

interface EntryRow {
  seq: number | string
  event_id: string
  event: string
  payload: string
  received_at: string
  signed_at: string
  deliveries: number
}

function toEntry(row: EntryRow): WebhookEntry {
  return {
    seq: Number(row.seq),
    eventId: row.event_id,
    event: row.event,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    receivedAt: row.received_at,
    signedAt: row.signed_at,
    deliveries: row.deliveries,
  }
}

/** Any number: the advisory lock that makes `seq` order the order in which entries commit. */
const inboxLock = 1_414_001
const utf8 = new TextDecoder('utf-8', { fatal: true })

function parseBody(raw: Uint8Array, maxDepth: number) {
  let body: unknown
  try {
    body = parseBoundedJson(utf8.decode(raw), { maxDepth, maxLength: raw.length })
  } catch (error) {
    if (error instanceof BoundedJsonError && error.code !== 'invalid_json') {
      throw new InvalidWebhookBodyError(error.message, error.code)
    }
    throw new InvalidWebhookBodyError(
      'The webhook body is not UTF-8 JSON: send `{event, event_id, payload}`.',
    )
  }
  const record = (body ?? {}) as Record<string, unknown>
  const { event, event_id: eventId, payload } = record
  if (typeof event !== 'string' || typeof eventId !== 'string' || eventId === '') {
    throw new InvalidWebhookBodyError(
      'The webhook body needs string `event` and `event_id` fields, as Pinwheel sends them.',
    )
  }
  if (event.length > 200 || eventId.length > 200) {
    throw new InvalidWebhookBodyError('`event` and `event_id` are at most 200 characters.')
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new InvalidWebhookBodyError('The webhook body needs an object `payload`.')
  }
  return { event, eventId, payload: payload as Record<string, unknown> }
}

/**
 * Creates the webhook inbox: each delivery is verified over its raw bytes, bounded, stored in the
 * database deduplicated by `event_id` (Pinwheel delivers at least once) together with what it
 * says about accounts, and then announced to subscribers.
 */
export function createWebhookInbox(options: WebhookInboxOptions): WebhookInbox {
  const { db } = options
  const now = options.now ?? (() => new Date())
  const verifyOptions = { toleranceSeconds: options.toleranceSeconds ?? 300, now }
  const listeners = new Set<(entry: WebhookEntry) => void>()

  return {
    checkHeaders(headers) {
      try {
        verifyWebhookSignature(new Uint8Array(), headers, options.secret, verifyOptions)
      } catch (error) {
        // Everything but the body is checked by now; the body is checked once read.
        if (!(error instanceof WebhookSignatureError && error.code === 'signatureMismatch')) {
          throw error
        }
      }
    },

    async receive(rawBody, headers) {
      const verified = verifyWebhookSignature(rawBody, headers, options.secret, verifyOptions)
      const { event, eventId, payload } = parseBody(rawBody, options.maxDepth ?? 32)
      const receipt = await db.transaction(async (tx): Promise<WebhookReceipt> => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [inboxLock])
        const inserted = await tx.query<EntryRow>(
          `INSERT INTO webhooks (event_id, event, payload, received_at, signed_at)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING RETURNING *`,
          [
            eventId,
            event,
            JSON.stringify(payload),
            now().toISOString(),
            verified.timestamp.toISOString(),
          ],
        )
        if (inserted[0]) {
          const facts = readWebhookFacts(event, payload)
          await options.accounts.record(tx, facts, 'webhook', `event:${eventId}`)
          return { status: 'accepted', entry: toEntry(inserted[0]) }
        }
        const [seen] = await tx.query<EntryRow>(
          'UPDATE webhooks SET deliveries = deliveries + 1 WHERE event_id = $1 RETURNING *',
          [eventId],
        )
        return { status: 'duplicate', entry: toEntry(seen!) }
      })
      if (receipt.status === 'accepted') for (const listener of listeners) listener(receipt.entry)
      return receipt
    },

    async entries({ after, limit }) {
      const rows = await db.query<EntryRow>(
        'SELECT * FROM webhooks WHERE seq > $1 ORDER BY seq LIMIT $2',
        [after ?? 0, limit + 1],
      )
      const data = rows.slice(0, limit).map(toEntry)
      return { data, nextCursor: rows.length > limit ? String(data.at(-1)?.seq) : null }
    },

    async seqBeforeLatest(count) {
      const [row] = await db.query<{ seq: number | string }>(
        'SELECT seq FROM webhooks ORDER BY seq DESC OFFSET $1 LIMIT 1',
        [count],
      )
      return Number(row?.seq ?? 0)
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
