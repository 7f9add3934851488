import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { accountDataRoutes } from './accounts/accountDataRoutes.js'
import { accountRoutes } from './accounts/accountRoutes.js'
import { apiError, linkError } from './internal/apiError.js'
import type { MockApiContext, MockEnv } from './internal/context.js'
import { evictExpired } from './internal/evictExpired.js'
import { pinwheelVersion } from './internal/pinwheelVersion.js'
import { requireApiSecret } from './internal/requireApiSecret.js'
import { createState } from './internal/state.js'
import { linkAssetRoutes } from './link/linkAssetRoutes.js'
import { linkSessionRoutes } from './link/linkSessionRoutes.js'
import { createLinkTokenSigner } from './linkTokens/createLinkTokenSigner.js'
import { linkTokenRoutes } from './linkTokens/linkTokenRoutes.js'
import type { MockPinwheelApi, MockPinwheelApiOptions } from './MockPinwheelApiOptions.js'
import { sandboxRoutes } from './sandbox/sandboxRoutes.js'
import { sandboxApiSecret } from './sandboxApiSecret.js'
import { createWebhookDispatcher } from './webhooks/createWebhookDispatcher.js'
import { webhookRoutes } from './webhooks/webhookRoutes.js'

/**
 * Creates an in-memory imitation of Pinwheel's REST API, its webhooks and the sandbox Link's
 * internal endpoints and browser files, as a fetch handler. Nothing listens on a port: serve it
 * with {@link startMockPinwheelApi}, or call `fetch` directly in tests.
 *
 * @example
 * let now = new Date('2025-01-15T12:00:00Z')
 * const api = createMockPinwheelApi({ clock: () => now, webhookFetch: receiver })
 * const res = await api.fetch(new Request('http://mock/v1/link_tokens', {
 *   method: 'POST',
 *   headers: { 'x-api-secret': api.apiSecret, 'content-type': 'application/json' },
 *   body: JSON.stringify({ org_name: 'Acme', required_jobs: ['paystubs'], end_user_id: 'u1' }),
 * }))
 */
export function createMockPinwheelApi(options: MockPinwheelApiOptions = {}): MockPinwheelApi {
  const clock = options.clock ?? (() => new Date())
  const apiSecret = options.apiSecret ?? process.env.PINWHEEL_API_SECRET ?? sandboxApiSecret
  const webhooks = createWebhookDispatcher({
    secret: apiSecret,
    clock,
    fetch: options.webhookFetch ?? globalThis.fetch,
    ...(options.webhookRetry ? { retry: options.webhookRetry } : {}),
    ...(options.webhookTimeoutMs ? { timeoutMs: options.webhookTimeoutMs } : {}),
    ...(options.webhookRetention ? { retention: options.webhookRetention } : {}),
  })
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let closed = false
  const ctx: MockApiContext = {
    clock,
    apiSecret,
    state: createState(),
    signer: createLinkTokenSigner(options.linkTokenSigningKey ?? randomBytes(32)),
    webhooks,
    pendingJobDelayMs: options.pendingJobDelayMs ?? 60_000,
    later(ms, work) {
      if (closed) return
      const timer = setTimeout(() => {
        timers.delete(timer)
        work()
      }, ms)
      timers.add(timer)
    },
  }
  const sweepEvery = options.eviction?.sweepIntervalMs ?? 60_000
  let lastSweep = clock().getTime()

  const v1 = new Hono<MockEnv>()
    .use(
      requireApiSecret(apiSecret),
      pinwheelVersion(options.defaultPinwheelVersion ?? '2023-11-22'),
    )
    .route('/link_tokens', linkTokenRoutes(ctx))
    .route('/accounts', accountRoutes(ctx))
    .route('/accounts', accountDataRoutes(ctx))
    .route('/webhooks', webhookRoutes(ctx, options.allowPrivateWebhookUrls ?? false))
    .route('/sandbox', sandboxRoutes(ctx))

  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024
  const app = new Hono()
    .use(async (_c, next) => {
      const now = clock().getTime()
      if (now - lastSweep >= sweepEvery) {
        lastSweep = now
        evictExpired(ctx.state, new Date(now), options.eviction)
      }
      await next()
    })
    .use(
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: (c) =>
          apiError(
            c,
            413,
            'INVALID_REQUEST_PARAMETERS',
            'PAYLOAD_TOO_LARGE',
            `The request body is larger than ${maxBodyBytes} bytes: send a smaller body.`,
          ),
      }),
    )
    .get('/', (c) =>
      c.json({
        name: '@linkwheel/mock-api',
        description: 'An imitation of Pinwheel’s API (sandbox mode).',
        link_script: new URL('/link/pinwheel.js', c.req.url).href,
      }),
    )
    .route('/v1', v1)
    .route('/internal/link/sessions', linkSessionRoutes(ctx))
    .route('/link', linkAssetRoutes(options.linkAssets))

  app.onError((error, c) => {
    const internal = c.req.path.startsWith('/internal/')
    if (error instanceof HTTPException && error.status === 400) {
      const message = `${error.message}: send a valid JSON body with content-type: application/json.`
      return internal
        ? linkError(c, 400, 'clientError', 'invalidRequest', message)
        : apiError(c, 400, 'INVALID_REQUEST_PARAMETERS', 'MALFORMED_BODY', message)
    }
    console.error('[linkwheel mock-api] unexpected error', error)
    const message = 'The mock API failed unexpectedly; see its console.'
    return internal
      ? linkError(c, 500, 'systemError', 'systemError', message)
      : apiError(c, 500, 'UNKNOWN_ERROR', 'UNKNOWN_ERROR', message)
  })
  app.notFound((c) =>
    apiError(
      c,
      404,
      'RECORD_NOT_FOUND',
      'ROUTE_NOT_FOUND',
      `No route ${c.req.method} ${c.req.path}: see the endpoint list in the @linkwheel/mock-api README.`,
    ),
  )

  return {
    fetch: async (request) => app.fetch(request),
    app,
    apiSecret,
    webhookDeliveries: (filter) => webhooks.deliveries(filter),
    redeliverWebhook(deliveryId) {
      const result = webhooks.redeliver(deliveryId)
      return typeof result === 'string' ? undefined : result
    },
    whenWebhooksIdle: () => webhooks.whenIdle(),
    stats: () => ({
      linkTokens: ctx.state.linkTokens.size,
      sessions: ctx.state.sessions.size,
      accounts: ctx.state.accounts.size,
      webhookDeliveries: webhooks.deliveries().length,
    }),
    close() {
      closed = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      webhooks.close()
    },
  }
}
