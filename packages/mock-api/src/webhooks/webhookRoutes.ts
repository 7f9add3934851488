import { Hono } from 'hono'
import { z } from 'zod'
import { apiError } from '../internal/apiError.js'
import type { MockApiContext } from '../internal/context.js'
import { validateApi } from '../internal/validate.js'
import { webhookEventNames } from './webhookEvents.js'

const webhookSchema = z.object({
  url: z.url({
    protocol: /^https?$/,
    error: 'url must be an absolute http(s) URL the mock API can POST to.',
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
  version: z.string('version must be a string such as 2023-11-22.').optional(),
})

const notFound = (id: string) =>
  `No webhook ${id}: list them with GET /v1/webhooks, or register one with POST /v1/webhooks.`

/**
 * `POST /v1/webhooks` (register), `GET /v1/webhooks`, `GET|DELETE /v1/webhooks/{id}` and the mock's
 * own `GET /v1/webhooks/{id}/deliveries` (every delivery with its attempts, for tests and demos).
 */
export function webhookRoutes(ctx: MockApiContext): Hono {
  return new Hono()
    .post('/', validateApi('json', webhookSchema), (c) => {
      const body = c.req.valid('json')
      const registration = ctx.webhooks.register({
        url: body.url,
        status: body.status,
        enabled_events: body.enabled_events,
        version: body.version ?? null,
      })
      return c.json({ data: registration })
    })
    .get('/', (c) => c.json({ data: ctx.webhooks.list() }))
    .get('/:webhook_id', (c) => {
      const webhook = ctx.webhooks.get(c.req.param('webhook_id'))
      if (!webhook)
        return apiError(
          c,
          404,
          'RECORD_NOT_FOUND',
          'webhook_not_found',
          notFound(c.req.param('webhook_id')),
        )
      return c.json({ data: webhook })
    })
    .delete('/:webhook_id', (c) => {
      if (!ctx.webhooks.remove(c.req.param('webhook_id'))) {
        return apiError(
          c,
          404,
          'RECORD_NOT_FOUND',
          'webhook_not_found',
          notFound(c.req.param('webhook_id')),
        )
      }
      return c.json({ data: { id: c.req.param('webhook_id'), deleted: true } })
    })
    .get('/:webhook_id/deliveries', (c) => {
      const webhookId = c.req.param('webhook_id')
      if (!ctx.webhooks.get(webhookId)) {
        return apiError(c, 404, 'RECORD_NOT_FOUND', 'webhook_not_found', notFound(webhookId))
      }
      return c.json({ data: ctx.webhooks.deliveries({ webhookId }) })
    })
}
