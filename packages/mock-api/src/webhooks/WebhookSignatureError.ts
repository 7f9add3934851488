/** Why a webhook failed verification. */
export type WebhookSignatureErrorCode =
  | 'missingTimestamp'
  | 'missingSignature'
  | 'malformedTimestamp'
  | 'malformedSignature'
  | 'staleTimestamp'
  | 'signatureMismatch'

/**
 * Thrown by {@link verifyWebhookSignature} when a delivery cannot be trusted. Answer such a request
 * with 400 and do not process it; `code` says which check failed.
 */
export class WebhookSignatureError extends Error {
  /** Which check failed. */
  readonly code: WebhookSignatureErrorCode

  constructor(code: WebhookSignatureErrorCode, message: string) {
    super(message)
    this.name = 'WebhookSignatureError'
    this.code = code
  }
}

/** True when `error` is a {@link WebhookSignatureError} (also across package copies). */
export function isWebhookSignatureError(error: unknown): error is WebhookSignatureError {
  return (
    error instanceof WebhookSignatureError ||
    (error instanceof Error && error.name === 'WebhookSignatureError' && 'code' in error)
  )
}
