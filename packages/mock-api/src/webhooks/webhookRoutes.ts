import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'
import { apiError } from '../internal/apiError.js'
import { isAtLeast, webhookVersions } from '../internal/apiVersions.js'
import type { MockApiContext, MockEnv } from '../internal/context.js'
import { readJsonBody } from '../internal/readJsonBody.js'
import { validationError } from '../internal/validate.js'
import { checkWebhookUrl } from './checkWebhookUrl.js'
import { webhookEventNames } from './webhookEvents.js'

const webhookSchema = (versionRequired: boolean, allowPrivate: boolean) =>
  z.strictObject({
    url: z
      .string('url is required: the https:// URL Pinwheel posts events to.')
      .max(2048, 'url must have at most 2048 characters.')
      .superRefine((url, ctx) => {
        const problem = checkWebhookUrl(url, allowPrivate)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      }),
    status: z
      .enum(['active', 'paused'], { error: () => 'status must be active or paused.' })
      .default('active'),
    enabled_events: z
      .array(
        z.enum(webhookEventNames, {
          error: () => `Each enabled_events value must be one of: ${webhookEventNames.join(', ')}.`,
        }),
        'enabled_events is required: the list of events to receive.',
      )
      .min(1, 'enabled_events must list at least one event.'),
    version: versionRequired
      ? z.enum(webhookVersions, {
          error: () => `version is required: one of ${webhookVersions.join(', ')}.`,
        })
      : z.enum(webhookVersions).default('2022-09-09'),
  })

const notFound = (c: Context, kind: 'webhook' | 'delivery', id: string) =>
  apiError(
    c,
    404,
    'RECORD_NOT_FOUND',
    kind === 'webhook' ? 'WEBHOOK_NOT_FOUND' : 'DELIVERY_NOT_FOUND',
    kind === 'webhook'
      ? `No webhook ${id}: list them with GET /v1/webhooks, or register one with POST /v1/webhooks.`
      : `No delivery ${id} of this webhook: list them with GET /v1/webhooks/{id}/deliveries (finished deliveries are kept 24 hours).`,
  )

/**
 * `POST /v1/webhooks` (register), `GET /v1/webhooks`, `GET|DELETE /v1/webhooks/{id}`, and the mock's
 * own `GET /v1/webhooks/{id}/deliveries` and `POST /v1/webhooks/{id}/deliveries/{delivery_id}/redeliver`.
 */
export function webhookRoutes(ctx: MockApiContext, allowPrivateUrls: boolean): Hono<MockEnv> {
  return new Hono<MockEnv>()
    .post('/', async (c) => {
      const read = await readJsonBody(c)
      if ('response' in read) return read.response
      // Webhook versions started with 2023-04-18: from then on a webhook names its version.
      const versionRequired = isAtLeast(c.get('pinwheelVersion'), '2023-04-18')
      const parsed = webhookSchema(versionRequired, allowPrivateUrls).safeParse(read.body)
      if (!parsed.success) return validationError(c, parsed.error.issues, true)
      return c.json({ data: ctx.webhooks.register(parsed.data) })
    })
    .get('/', (c) => {
      const data = ctx.webhooks.list()
      return c.json({ meta: { count: data.length, next_cursor: null }, data })
    })
    .get('/:webhook_id', (c) => {
      const id = c.req.param('webhook_id')
      const webhook = ctx.webhooks.get(id)
      return webhook ? c.json({ data: webhook }) : notFound(c, 'webhook', id)
    })
    .delete('/:webhook_id', (c) => {
      const id = c.req.param('webhook_id')
      return ctx.webhooks.remove(id) ? c.json({}) : notFound(c, 'webhook', id)
    })
    .get('/:webhook_id/deliveries', (c) => {
      const webhookId = c.req.param('webhook_id')
      if (!ctx.webhooks.get(webhookId)) return notFound(c, 'webhook', webhookId)
      const data = ctx.webhooks.deliveries({ webhookId })
      return c.json({ meta: { count: data.length }, data })
    })
    .post('/:webhook_id/deliveries/:delivery_id/redeliver', (c) => {
      const webhookId = c.req.param('webhook_id')
      const deliveryId = c.req.param('delivery_id')
      if (!ctx.webhooks.get(webhookId)) return notFound(c, 'webhook', webhookId)
      const owned = ctx.webhooks.deliveries({ webhookId }).some((d) => d.id === deliveryId)
      const result = owned ? ctx.webhooks.redeliver(deliveryId) : 'not_found'
      if (result === 'not_found') return notFound(c, 'delivery', deliveryId)
      if (result === 'pending') {
        return apiError(
          c,
          409,
          'INVALID_REQUEST_PARAMETERS',
          'DELIVERY_PENDING',
          `Delivery ${deliveryId} is still being attempted: wait until it is delivered or failed, then redeliver it.`,
        )
      }
      return c.json({ data: result })
    })
}
