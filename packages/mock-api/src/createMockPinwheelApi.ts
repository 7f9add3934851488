import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { accountDataRoutes } from './accounts/accountDataRoutes.js'
import { accountRoutes } from './accounts/accountRoutes.js'
import { apiError, linkError } from './internal/apiError.js'
import type { MockApiContext } from './internal/context.js'
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
  })
  const ctx: MockApiContext = {
    clock,
    apiSecret,
    state: createState(),
    signer: createLinkTokenSigner(options.linkTokenSigningKey ?? randomBytes(32)),
    webhooks,
  }

  const v1 = new Hono()
    .use(requireApiSecret(apiSecret), pinwheelVersion())
    .route('/link_tokens', linkTokenRoutes(ctx))
    .route('/accounts', accountRoutes(ctx))
    .route('/accounts', accountDataRoutes(ctx))
    .route('/webhooks', webhookRoutes(ctx))
    .route('/sandbox', sandboxRoutes(ctx))

  const app = new Hono()
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
        : apiError(c, 400, 'INVALID_REQUEST_PARAMETERS', 'malformed_body', message)
    }
    console.error('[linkwheel mock-api] unexpected error', error)
    return internal
      ? linkError(
          c,
          500,
          'systemError',
          'systemError',
          'The mock API failed unexpectedly; see its console.',
        )
      : apiError(
          c,
          500,
          'UNKNOWN_ERROR',
          'unknown_error',
          'The mock API failed unexpectedly; see its console.',
        )
  })
  app.notFound((c) =>
    apiError(
      c,
      404,
      'RECORD_NOT_FOUND',
      'route_not_found',
      `No route ${c.req.method} ${c.req.path}: see the endpoint list in the @linkwheel/mock-api README.`,
    ),
  )

  return {
    fetch: async (request) => app.fetch(request),
    app,
    apiSecret,
    webhookDeliveries: (filter) => webhooks.deliveries(filter),
    whenWebhooksIdle: () => webhooks.whenIdle(),
    close: () => webhooks.close(),
  }
}
