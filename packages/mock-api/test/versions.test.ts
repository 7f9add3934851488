import { describe, expect, it } from 'vitest'
import { pinwheelApiVersions } from '../src/internal/apiVersions.js'
import { createTestApi } from './createTestApi.js'

const classic = { org_name: 'Acme Lending', required_jobs: ['income'], end_user_id: 'u-1' }

const current = {
  org_name: 'Fintech.io',
  solution: 'Deposit Switch',
  features: ['direct_deposit_switch'],
  end_user_id: 'my_user_12345',
  allocation: {
    type: 'amount',
    value: 123.45,
    targets: [
      {
        name: 'My Checking Account',
        type: 'checking',
        account_number: '5675249802',
        routing_number: '193487629',
      },
    ],
  },
  disable_direct_deposit_splitting: true,
  tags: { campaign: 'spring' },
  end_user: {
    platform_matching: { first_name: 'Alicia', last_name: 'Green', date_of_birth: '1990-11-22' },
  },
}

const names = (res: { json: { error: { fields: { name: string }[] } } }) =>
  res.json.error.fields.map((f) => f.name)

describe('Pinwheel-Version', () => {
  it.each(pinwheelApiVersions)('accepts %s and echoes it', async (version) => {
    const t = await createTestApi()
    const res = await t.call('GET', '/v1/accounts', undefined, { 'pinwheel-version': version })
    expect(res.status).toBe(200)
    expect(res.headers.get('pinwheel-version')).toBe(version)
  })

  it('uses the configured default when the header is missing (2023-11-22 unless set)', async () => {
    const t = await createTestApi()
    expect((await t.call('POST', '/v1/link_tokens', classic)).headers.get('pinwheel-version')).toBe(
      '2023-11-22',
    )
    const newer = await createTestApi({ defaultPinwheelVersion: '2025-07-08' })
    const refused = await newer.call('POST', '/v1/link_tokens', classic)
    expect(refused.status).toBe(400)
    expect(names(refused)).toEqual(
      expect.arrayContaining(['required_jobs', 'solution', 'features']),
    )
    expect((await newer.call('POST', '/v1/link_tokens', current)).status).toBe(200)
  })

  it('refuses an unknown, a sunset and a malformed version with a field error on the header', async () => {
    const t = await createTestApi()
    for (const [version, code] of [
      ['2024-01-01', 'INVALID_API_VERSION'],
      ['2021-04-29', 'SUNSET_API_VERSION'],
      ['latest', 'INVALID_API_VERSION'],
    ]) {
      const res = await t.call('GET', '/v1/accounts', undefined, {
        'pinwheel-version': version as string,
      })
      expect(res.status).toBe(400)
      expect(res.json.error).toMatchObject({ type: 'INVALID_REQUEST_PARAMETERS', code })
      expect(names(res)).toEqual(['Pinwheel-Version'])
    }
  })
})

describe('POST /v1/link_tokens per version', () => {
  const v2025 = { 'pinwheel-version': '2025-07-08' }

  it('2025-07-08 takes features, solution, allocation.targets, end_user and tags, and uses them', async () => {
    const t = await createTestApi()
    await t.subscribeAll()
    const res = await t.call('POST', '/v1/link_tokens', current, v2025)
    expect(res.status).toBe(200)
    const session = (await t.redeem(res.json.data.token)).json.data
    expect(session).toMatchObject({
      jobs: ['direct_deposit_switch'],
      end_user_id: 'my_user_12345',
      allocation: {
        account_type: 'checking',
        account_number_last4: '9802',
        routing_number_last4: '7629',
      },
      disable_partial_switch: true,
    })
    const login = await t.call('POST', `/internal/link/sessions/${session.session_id}/login`, {
      platform_id: 'plat_paycrest',
      username: 'user_good',
      password: 'pass_good',
    })
    const account = await t.call('GET', `/v1/accounts/${login.json.data.account_id}`)
    expect(account.json.data.tags).toEqual({ campaign: 'spring' })
  })

  it('2025-07-08 refuses the classic body: required_jobs and disable_partial_switch are unknown keys', async () => {
    const t = await createTestApi()
    const res = await t.call(
      'POST',
      '/v1/link_tokens',
      { ...current, required_jobs: ['income'], disable_partial_switch: true },
      v2025,
    )
    expect(res.status).toBe(400)
    expect(res.json.error.code).toBe('UNRECOGNIZED_FIELD')
    expect(names(res).sort()).toEqual(['disable_partial_switch', 'required_jobs'])
  })

  it('2025-07-08 needs targets for a switch and validates them field by field', async () => {
    const t = await createTestApi()
    const res = await t.call(
      'POST',
      '/v1/link_tokens',
      {
        ...current,
        allocation: {
          value: 1e308,
          targets: [{ type: 'brokerage', routing_number: '1', account_number: '12' }],
        },
      },
      v2025,
    )
    expect(res.status).toBe(400)
    expect(names(res).sort()).toEqual([
      'allocation.targets.0.account_number',
      'allocation.targets.0.routing_number',
      'allocation.targets.0.type',
      'allocation.value',
    ])
    const none = await t.call('POST', '/v1/link_tokens', { ...current, allocation: {} }, v2025)
    expect(names(none)).toEqual(['allocation.targets'])
  })

  it('2025-07-08 refuses features the mock cannot run, saying so', async () => {
    const t = await createTestApi()
    const res = await t.call(
      'POST',
      '/v1/link_tokens',
      { ...current, features: ['bill_switch'] },
      v2025,
    )
    expect(res.json.error.fields[0]).toEqual({
      name: 'features.0',
      message: expect.stringContaining('cannot run'),
    })
  })

  it.each(['2023-11-22', '2023-07-18', '2022-03-02'])(
    '%s takes the classic form and refuses features and allocation',
    async (version) => {
      const t = await createTestApi()
      const headers = { 'pinwheel-version': version }
      expect((await t.call('POST', '/v1/link_tokens', classic, headers)).status).toBe(200)
      const res = await t.call(
        'POST',
        '/v1/link_tokens',
        { ...classic, features: ['income'], allocation: {} },
        headers,
      )
      expect(res.status).toBe(400)
      expect(names(res).sort()).toEqual(['allocation', 'features'])
    },
  )
})

describe('webhooks per version', () => {
  it('needs a version to register from 2023-04-18, and defaults it before', async () => {
    const t = await createTestApi()
    const body = { url: 'https://receiver.test/h', enabled_events: ['account.added'] }
    const missing = await t.call('POST', '/v1/webhooks', body, { 'pinwheel-version': '2023-04-18' })
    expect(names(missing)).toEqual(['version'])
    const old = await t.call('POST', '/v1/webhooks', body, { 'pinwheel-version': '2022-06-22' })
    expect(old.json.data.version).toBe('2022-09-09')
  })

  it('sends a switch as the input_allocation shape from 2023-11-22, and only its amount before', async () => {
    const t = await createTestApi()
    for (const version of ['2023-07-18', '2025-07-08']) {
      await t.call('POST', '/v1/webhooks', {
        url: `https://receiver.test/${version}`,
        enabled_events: ['direct_deposit_switch.added'],
        version,
      })
    }
    const res = await t.call('POST', '/v1/link_tokens', current, {
      'pinwheel-version': '2025-07-08',
    })
    const session = (await t.redeem(res.json.data.token)).json.data.session_id
    await t.call('POST', `/internal/link/sessions/${session}/login`, {
      platform_id: 'plat_paycrest',
      username: 'user_good',
      password: 'pass_good',
    })
    const job = await t.call('POST', `/internal/link/sessions/${session}/jobs`, {
      job: 'direct_deposit_switch',
      allocation: { action: 'partial_switch', allocation: { type: 'amount', value: 123.45 } },
    })
    expect(job.json).toEqual({ data: { job: 'direct_deposit_switch', outcome: 'success' } })
    const byUrl = Object.fromEntries((await t.settled()).map((r) => [r.url, r.body]))
    const older = byUrl['https://receiver.test/2023-07-18']
    const newer = byUrl['https://receiver.test/2025-07-08']
    expect(older?.event_id).toBe(newer?.event_id)
    expect(older?.payload).toMatchObject({ outcome: 'success', params: { amount: 123.45 } })
    expect(newer?.payload).toMatchObject({
      outcome: 'success',
      params: {
        action: 'partial_switch',
        allocation: {
          type: 'amount',
          value: 123.45,
          target: {
            account_name: 'My Checking Account',
            account_type: 'checking',
            last_four_account_number: '9802',
          },
        },
      },
    })
  })
})
