/**
 * Soak: 100,000 Link tokens through one in-process mock API on a clock that moves 2 s per token
 * (about 55 hours), each redeemed and exited, every tenth followed by an On Demand Update job whose
 * webhook is delivered. Prints the heap after a full collection every 10,000 tokens and what the
 * API still holds: with eviction working, both stay flat once the retention windows (1 h of
 * tokens, 10 min of exited sessions, 24 h of deliveries) are full.
 *
 * Run: pnpm --filter @linkwheel/mock-api soak   (node --expose-gc --import tsx scripts/soak.ts)
 */
import { createMockPinwheelApi } from '../src/createMockPinwheelApi.js'

const total = Number(process.env.SOAK_TOKENS) || 100_000
const step = 10_000
const gc = (globalThis as { gc?: () => void }).gc
if (!gc)
  throw new Error('Run with node --expose-gc so the heap is measured after a full collection.')

let now = new Date('2025-03-14T15:00:00.000Z')
const api = createMockPinwheelApi({
  clock: () => now,
  webhookFetch: async () => new Response(null, { status: 204 }),
})
const call = async (path: string, body: unknown, version = '2023-11-22') => {
  const res = await api.fetch(
    new Request(`http://mock.soak${path}`, {
      method: 'POST',
      headers: {
        'x-api-secret': api.apiSecret,
        'content-type': 'application/json',
        'pinwheel-version': version,
      },
      body: JSON.stringify(body),
    }),
  )
  // biome-ignore lint/suspicious/noExplicitAny: the soak reads a few known fields
  const json = (await res.json().catch(() => null)) as any
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

await call('/v1/webhooks', {
  url: 'https://hooks.example.com/pinwheel',
  enabled_events: ['employment.added'],
  version: '2025-07-08',
})
const first = await call('/v1/link_tokens', {
  org_name: 'Soak',
  required_jobs: ['employment'],
  end_user_id: 'soak',
})
const firstSession = (await call('/internal/link/sessions', { link_token: first.data.token })).data
  .session_id
const accountId = (
  await call(`/internal/link/sessions/${firstSession}/login`, {
    platform_id: 'plat_paycrest',
    username: 'user_good',
    password: 'pass_good',
  })
).data.account_id as string

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const rows: string[] = []
const started = performance.now()
for (let i = 1; i <= total; i++) {
  const odu = i % 10 === 0
  const token = await call(
    '/v1/link_tokens',
    odu
      ? { org_name: 'Soak', required_jobs: ['employment'], account_id: accountId }
      : { org_name: 'Soak', required_jobs: ['identity'], end_user_id: `soak-${i}` },
  )
  const session = (await call('/internal/link/sessions', { link_token: token.data.token })).data
    .session_id
  if (odu) {
    await call(`/internal/link/sessions/${session}/login`, { platform_id: 'plat_paycrest' })
    await call(`/internal/link/sessions/${session}/jobs`, { job: 'employment' })
  }
  await call(`/internal/link/sessions/${session}/exit`, {})
  now = new Date(now.getTime() + 2_000)
  if (i % step === 0) {
    await api.whenWebhooksIdle()
    gc()
    const s = api.stats()
    rows.push(
      `${String(i).padStart(7)} tokens  heap ${mb(process.memoryUsage().heapUsed).padStart(6)} MB  held: ${s.linkTokens} tokens, ${s.sessions} sessions, ${s.webhookDeliveries} deliveries, ${s.accounts} accounts  (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    )
    console.log(rows.at(-1))
  }
}
api.close()
