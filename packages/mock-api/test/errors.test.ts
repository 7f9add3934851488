import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestApi } from './createTestApi.js'

/** Every REST error the mock can answer, one test each, checked against Pinwheel's exact shape. */

type TestApi = Awaited<ReturnType<typeof createTestApi>>

const shapeOf = (status: number, type: string, code: string, withFields: boolean) => ({
  error: {
    type,
    code,
    message: expect.stringMatching(/\S{3,}/),
    status_code: status,
    ...(withFields
      ? {
          fields: expect.arrayContaining([
            { name: expect.any(String), message: expect.any(String) },
          ]),
        }
      : {}),
  },
})

const connected = async (t: TestApi, jobs = ['income']) => {
  await t.subscribeAll()
  return (await t.connect({ tokenBody: { required_jobs: jobs } })).accountId
}

const cases: [
  code: string,
  status: number,
  type: string,
  withFields: boolean,
  send: (t: TestApi) => Promise<{ status: number; json: unknown }>,
][] = [
  [
    'MISSING_API_SECRET',
    401,
    'UNAUTHORIZED_REQUEST',
    false,
    (t) => t.call('GET', '/v1/accounts', undefined, { 'x-api-secret': '' }),
  ],
  [
    'INVALID_API_SECRET',
    401,
    'UNAUTHORIZED_REQUEST',
    false,
    (t) => t.call('GET', '/v1/accounts', undefined, { 'x-api-secret': 'nope' }),
  ],
  [
    'INVALID_API_VERSION',
    400,
    'INVALID_REQUEST_PARAMETERS',
    true,
    (t) => t.call('GET', '/v1/accounts', undefined, { 'pinwheel-version': '2024-01-01' }),
  ],
  [
    'SUNSET_API_VERSION',
    400,
    'INVALID_REQUEST_PARAMETERS',
    true,
    (t) => t.call('GET', '/v1/accounts', undefined, { 'pinwheel-version': '2021-07-28' }),
  ],
  [
    'MALFORMED_BODY',
    400,
    'INVALID_REQUEST_PARAMETERS',
    false,
    (t) => t.call('POST', '/v1/link_tokens', '{"org_name": '),
  ],
  [
    'UNRECOGNIZED_FIELD',
    400,
    'INVALID_REQUEST_PARAMETERS',
    true,
    (t) =>
      t.call('POST', '/v1/link_tokens', {
        org_name: 'Acme',
        required_jobs: ['income'],
        end_user_id: 'u',
        disable_partial_switch: true,
      }),
  ],
  [
    'INVALID_ROUTING_NUMBER',
    400,
    'INVALID_REQUEST_PARAMETERS',
    true,
    (t) =>
      t.call('POST', '/v1/link_tokens', {
        org_name: 'Acme',
        required_jobs: ['direct_deposit_switch'],
        end_user_id: 'u',
        account_type: 'checking',
        routing_number: '07464755',
        account_number: '193464372203',
      }),
  ],
  [
    'INVALID_LIMIT',
    400,
    'INVALID_REQUEST_PARAMETERS',
    true,
    (t) => t.call('GET', '/v1/accounts?limit=500'),
  ],
  [
    'INVALID_CURSOR',
    400,
    'INVALID_REQUEST_PARAMETERS',
    true,
    (t) => t.call('GET', '/v1/accounts?cursor=forged'),
  ],
  [
    'ACCOUNT_NOT_FOUND',
    404,
    'RECORD_NOT_FOUND',
    false,
    (t) => t.call('GET', '/v1/accounts/449e7a5c-69d3-4b8a-aaaf-5c9b713ebc65'),
  ],
  [
    'NO_IDENTITY_DATA',
    404,
    'RECORD_NOT_FOUND',
    false,
    async (t) => t.call('GET', `/v1/accounts/${await connected(t)}/identity`),
  ],
  [
    'WEBHOOK_NOT_FOUND',
    404,
    'RECORD_NOT_FOUND',
    false,
    (t) => t.call('GET', '/v1/webhooks/5a141122-4235-4fa1-bd76-0628573880b0'),
  ],
  [
    'DELIVERY_NOT_FOUND',
    404,
    'RECORD_NOT_FOUND',
    false,
    async (t) => {
      const hook = await t.subscribeAll()
      return t.call('POST', `/v1/webhooks/${hook.id}/deliveries/nope/redeliver`)
    },
  ],
  [
    'DELIVERY_PENDING',
    409,
    'INVALID_REQUEST_PARAMETERS',
    false,
    async (t) => {
      t.receiver.status = () => 503
      await connected(t)
      const [delivery] = t.api.webhookDeliveries()
      return t.call(
        'POST',
        `/v1/webhooks/${delivery?.webhook_id}/deliveries/${delivery?.id}/redeliver`,
      )
    },
  ],
  [
    'MONITORING_NOT_ACTIVE',
    409,
    'INVALID_REQUEST_PARAMETERS',
    false,
    async (t) => {
      const id = await connected(t)
      await t.call('POST', `/v1/sandbox/accounts/${id}/monitoring_status`, {
        monitoring_status: 'degraded',
      })
      return t.call('POST', `/v1/sandbox/accounts/${id}/refresh`, {})
    },
  ],
  [
    'INVALID_REVISE',
    400,
    'INVALID_REQUEST_PARAMETERS',
    true,
    async (t) =>
      t.call('POST', `/v1/sandbox/accounts/${await connected(t)}/refresh`, {
        revise: ['identity'],
      }),
  ],
  ['ROUTE_NOT_FOUND', 404, 'RECORD_NOT_FOUND', false, (t) => t.call('GET', '/v1/nowhere')],
  [
    'PAYLOAD_TOO_LARGE',
    413,
    'INVALID_REQUEST_PARAMETERS',
    false,
    (t) => t.call('POST', '/v1/link_tokens', { org_name: 'x'.repeat(70_000) }),
  ],
]

afterEach(() => {
  vi.restoreAllMocks()
})

describe('REST errors in Pinwheel’s shape', () => {
  it.each(cases)(
    'answers %s with HTTP %i and { error: { type, code, message, status_code, fields? } }',
    async (code, status, type, withFields, send) => {
      const t = await createTestApi({ webhookRetry: { initialDelayMs: 5_000, maxAttempts: 2 } })
      const res = await send(t)
      expect(res.status).toBe(status)
      expect(res.json).toEqual(shapeOf(status, type, code, withFields))
      t.api.close()
    },
  )

  it('answers UNKNOWN_ERROR with HTTP 500 and no stack trace when the mock itself fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const t = await createTestApi({ linkAssets: () => Promise.reject(new Error('disk gone')) })
    const res = await t.call('GET', '/link/pinwheel.js')
    expect(res.status).toBe(500)
    expect(res.json).toEqual(shapeOf(500, 'UNKNOWN_ERROR', 'UNKNOWN_ERROR', false))
    expect(JSON.stringify(res.json)).not.toContain('disk gone')
  })

  it('names fields as { name, message } and never { field }', async () => {
    const t = await createTestApi()
    const res = await t.call('POST', '/v1/link_tokens', { org_name: 'A' })
    for (const field of res.json.error.fields)
      expect(Object.keys(field).sort()).toEqual(['message', 'name'])
  })
})
