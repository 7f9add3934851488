import type { WebhookRetryOptions } from './webhookTypes.js'

/** Pinwheel's limits: at most 5 retries (6 attempts) within 15 minutes. */
const MAX_ATTEMPTS = 6
const MAX_WINDOW_MS = 15 * 60 * 1000

/** A complete retry policy. */
export type RetryPolicy = Required<WebhookRetryOptions>

/**
 * Fills in the defaults (25 s doubling: 25 s, 50 s, 100 s, 200 s, 400 s, about 13 minutes in all)
 * and refuses a policy that retries more than Pinwheel does.
 */
export function retryPolicy(options: WebhookRetryOptions = {}): RetryPolicy {
  const policy: RetryPolicy = {
    maxAttempts: options.maxAttempts ?? MAX_ATTEMPTS,
    initialDelayMs: options.initialDelayMs ?? 25_000,
    backoffFactor: options.backoffFactor ?? 2,
    maxDelayMs: options.maxDelayMs ?? 400_000,
    windowMs: options.windowMs ?? MAX_WINDOW_MS,
  }
  if (
    !Number.isInteger(policy.maxAttempts) ||
    policy.maxAttempts < 1 ||
    policy.maxAttempts > MAX_ATTEMPTS
  ) {
    throw new RangeError(
      `webhookRetry.maxAttempts must be a whole number from 1 to ${MAX_ATTEMPTS}: Pinwheel retries at most 5 times.`,
    )
  }
  if (!(policy.windowMs > 0 && policy.windowMs <= MAX_WINDOW_MS)) {
    throw new RangeError(
      'webhookRetry.windowMs must be more than 0 and at most 900000 (15 minutes), as Pinwheel retries within 15 minutes.',
    )
  }
  return policy
}

/** Whether an answer (or its absence, `null`) calls for another attempt: a 5XX or no answer. */
export const isRetryable = (status: number | null) => status === null || status >= 500
