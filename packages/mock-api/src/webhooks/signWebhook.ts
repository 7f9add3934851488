import { createHmac } from 'node:crypto'

/** Headers Pinwheel sends with every webhook delivery. */
export type PinwheelWebhookHeaders = {
  /** Unix seconds at signing time. */
  'x-timestamp': string
  /** `v2=<hex HMAC-SHA256(secret, "v2:{timestamp}:" + rawBody)>`. */
  'x-pinwheel-signature': string
}

/**
 * Signs a webhook body the way Pinwheel does: `v2=` + hex HMAC-SHA256 of `v2:{timestamp}:{rawBody}`
 * keyed with the API secret. Use it in tests to build deliveries a receiver must accept.
 *
 * @param rawBody The exact bytes that are sent (sign the string you send, not a re-serialised copy).
 * @param secret The API secret.
 * @param timestamp Unix seconds; @default now
 * @example
 * const headers = signWebhook(JSON.stringify(body), 'pw_sandbox_demo_secret')
 * await fetch(url, { method: 'POST', body: JSON.stringify(body), headers })
 */
export function signWebhook(
  rawBody: string | Uint8Array,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): PinwheelWebhookHeaders {
  const hex = createHmac('sha256', secret).update(`v2:${timestamp}:`).update(rawBody).digest('hex')
  return { 'x-timestamp': String(timestamp), 'x-pinwheel-signature': `v2=${hex}` }
}
