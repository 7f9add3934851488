import { webhookEventNames } from '@linkwheel/mock-api'
import type { PinwheelClient } from './createPinwheelClient'

/** Keeps the playground's receiver registered with the mock API. */
export interface WebhookRegistrar {
  /** Registers now unless already registered; rejects with the API's message on failure. */
  ensure(): Promise<void>
  /** Whether a registration succeeded. */
  readonly registered: boolean
}

/**
 * Registers `url` for every event (`webhookEventNames`) with `POST /v1/webhooks` once (retried on the next {@link WebhookRegistrar.ensure}
 * after a failure, e.g. when the mock API was down at startup).
 */
export function createWebhookRegistrar(client: PinwheelClient, url: string): WebhookRegistrar {
  let pending: Promise<void> | null = null
  let registered = false
  return {
    get registered() {
      return registered
    },
    ensure() {
      if (registered) return Promise.resolve()
      pending ??= client
        .request('POST', '/v1/webhooks', {
          url,
          status: 'active',
          enabled_events: webhookEventNames,
          version: '2023-11-22',
        })
        .then((reply) => {
          if (reply.status >= 300) {
            const message = (reply.body as { error?: { message?: string } } | null)?.error?.message
            throw new Error(
              `The mock API refused to register the webhook receiver ${url} (HTTP ${reply.status}): ${message ?? 'no message'}`,
            )
          }
          registered = true
        })
        .finally(() => {
          pending = null
        })
      return pending
    },
  }
}
