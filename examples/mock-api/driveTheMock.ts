import { createMockPinwheelApi } from '@linkwheel/mock-api'

export async function driveTheMock() {
  const now = new Date('2025-03-14T15:00:00Z')
  const api = createMockPinwheelApi({
    clock: () => now, // token expiry, timestamps, generated data
    webhookFetch: async () => new Response(null, { status: 200 }), // the receiver
    webhookRetry: { initialDelayMs: 1, maxAttempts: 4 }, // fast retries
    pendingJobDelayMs: 10, // user_pending: pending, then error 10 ms later (default 60 s)
  })
  const res = await api.fetch(
    new Request('http://mock/v1/link_tokens', {
      method: 'POST',
      headers: { 'x-api-secret': api.apiSecret, 'content-type': 'application/json' },
      body: JSON.stringify({ org_name: 'Acme', required_jobs: ['paystubs'], end_user_id: 'u1' }),
    }),
  )
  await api.whenWebhooksIdle() // every delivery (and retry) settled
  const deliveries = api.webhookDeliveries() // the delivery log, with attempts
  const held = api.stats() // tokens, sessions, accounts and deliveries held (eviction at work)
  api.close() // cancel pending retries and scheduled job outcomes
  return { status: res.status, body: await res.json(), deliveries, held }
}
