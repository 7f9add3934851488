import { createHmac, timingSafeEqual } from 'node:crypto'
import { WebhookSignatureError } from './WebhookSignatureError.js'

/** Request headers as a Fetch `Headers` or a Node `IncomingHttpHeaders`-style record. */
export type WebhookHeaderSource = Headers | Record<string, string | string[] | undefined>

/** Options of {@link verifyWebhookSignature}. */
export interface VerifyWebhookSignatureOptions {
  /**
   * How far `x-timestamp` may be from now, in seconds, either way; older deliveries are rejected
   * as replays.
   * @default 300
   */
  toleranceSeconds?: number
  /** The current time, for tests. @default () => new Date() */
  now?: Date | (() => Date)
}

/** A delivery that passed verification. */
export interface VerifiedWebhook {
  /** When Pinwheel signed it (`x-timestamp`). */
  timestamp: Date
  /** `x-pinwheel-webhook-id`, the id of the registered webhook, when sent. */
  webhookId: string | null
}

function readHeader(headers: WebhookHeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined
  }
  const record = headers as Record<string, string | string[] | undefined>
  const key = Object.keys(record).find((k) => k.toLowerCase() === name)
  const value = key === undefined ? undefined : record[key]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Checks a Pinwheel webhook delivery: the `x-pinwheel-signature` (`v2=<hex>`, HMAC-SHA256 of
 * `v2:{x-timestamp}:{rawBody}` keyed with the API secret) compared in constant time, and the
 * timestamp's age. Pass the raw body exactly as received, before any JSON parsing.
 *
 * @returns the verified timestamp and webhook id.
 * @throws {WebhookSignatureError} with a `code` saying which check failed.
 * @example
 * app.post('/webhooks/pinwheel', express.raw({ type: '*\/*' }), (req, res) => {
 *   try {
 *     verifyWebhookSignature(req.body, req.headers, process.env.PINWHEEL_API_SECRET!, { toleranceSeconds: 300 })
 *   } catch (error) {
 *     if (isWebhookSignatureError(error)) return res.status(400).send(error.code)
 *     throw error
 *   }
 *   const { event, event_id, payload } = JSON.parse(req.body.toString('utf8'))
 *   // dedupe on event_id: deliveries are at-least-once
 * })
 */
export function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  headers: WebhookHeaderSource,
  secret: string,
  options: VerifyWebhookSignatureOptions = {},
): VerifiedWebhook {
  const toleranceSeconds = options.toleranceSeconds ?? 300
  const now = typeof options.now === 'function' ? options.now() : (options.now ?? new Date())
  const timestampText = readHeader(headers, 'x-timestamp')
  const signatureText = readHeader(headers, 'x-pinwheel-signature')
  if (!timestampText) {
    throw new WebhookSignatureError(
      'missingTimestamp',
      'The request has no `x-timestamp` header: it did not come from Pinwheel, or a proxy dropped the header.',
    )
  }
  if (!signatureText) {
    throw new WebhookSignatureError(
      'missingSignature',
      'The request has no `x-pinwheel-signature` header: it did not come from Pinwheel, or a proxy dropped the header.',
    )
  }
  if (!/^\d{1,12}$/.test(timestampText)) {
    throw new WebhookSignatureError(
      'malformedTimestamp',
      `\`x-timestamp\` must be Unix seconds, got ${JSON.stringify(timestampText.slice(0, 40))}.`,
    )
  }
  const timestamp = Number(timestampText)
  const candidates = signatureText
    .split(/[\s,]+/)
    .filter((part) => part.startsWith('v2='))
    .map((part) => part.slice(3))
  if (candidates.length === 0 || candidates.some((hex) => !/^[0-9a-f]{64}$/i.test(hex))) {
    throw new WebhookSignatureError(
      'malformedSignature',
      '`x-pinwheel-signature` must be `v2=` followed by 64 hex digits.',
    )
  }
  const age = Math.abs(now.getTime() / 1000 - timestamp)
  if (age > toleranceSeconds) {
    throw new WebhookSignatureError(
      'staleTimestamp',
      `\`x-timestamp\` is ${Math.round(age)} s away from now, more than the ${toleranceSeconds} s tolerance: a replayed delivery, or this server's clock is off.`,
    )
  }
  const expected = createHmac('sha256', secret).update(`v2:${timestamp}:`).update(rawBody).digest()
  const matches = candidates.some((hex) => timingSafeEqual(Buffer.from(hex, 'hex'), expected))
  if (!matches) {
    throw new WebhookSignatureError(
      'signatureMismatch',
      'The signature does not match the body: check that you verify the raw body bytes (not re-serialised JSON) with the same API secret that created the webhook.',
    )
  }
  return {
    timestamp: new Date(timestamp * 1000),
    webhookId: readHeader(headers, 'x-pinwheel-webhook-id') ?? null,
  }
}
