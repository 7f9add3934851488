import { signWebhook } from '@linkwheel/mock-api'
import { beforeEach, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../test/openTestDatabase'
import { openTestDatabaseBeforeAll } from '../test/openTestDatabaseBeforeAll'
import { type AccountStore, createAccountStore } from './createAccountStore'
import { createWebhookInbox, InvalidWebhookBodyError } from './createWebhookInbox'
import type { Database } from './db/Database'

const secret = 'pw_sandbox_inbox_tests'
const now = new Date('2025-03-14T15:00:00.000Z')
const nowSeconds = Math.floor(now.getTime() / 1000)
const encoder = new TextEncoder()

function delivery(body: unknown, options: { secret?: string; timestamp?: number } = {}) {
  const raw = encoder.encode(JSON.stringify(body))
  const headers = new Headers(
    signWebhook(raw, options.secret ?? secret, options.timestamp ?? nowSeconds),
  )
  return { raw, headers }
}

const accountAdded = {
  event: 'account.added',
  event_id: 'evt-1',
  payload: {
    account_id: '6f1c6d1e-8f5a-4b6e-9c0a-1d2e3f4a5b6c',
    end_user_id: 'end_user_demo',
    link_token_id: 'lt-1',
    platform_id: 'plat_paycrest',
    created_at: '2025-03-14T15:00:00.000+00:00',
    connected: true,
    monitoring_status: 'active',
  },
}

function jobWebhook(eventId: string, extra: Record<string, unknown>) {
  return {
    event: 'identity.added',
    event_id: eventId,
    payload: {
      id: 'job-1',
      account_id: accountAdded.payload.account_id,
      end_user_id: 'end_user_demo',
      link_token_id: 'lt-1',
      name: 'identity',
      timestamp: '2025-03-14T15:00:01.000+00:00',
      outcome: 'success',
      ...extra,
    },
  }
}

openTestDatabaseBeforeAll()

describe('createWebhookInbox', () => {
  let db: Database
  let accounts: AccountStore
  const open = (toleranceSeconds?: number) =>
    createWebhookInbox({
      db,
      accounts,
      secret,
      now: () => now,
      ...(toleranceSeconds ? { toleranceSeconds } : {}),
    })

  beforeEach(async () => {
    db = await openTestDatabase()
    accounts = createAccountStore(db)
  })

  it('stores a correctly signed delivery, then tells subscribers', async () => {
    const inbox = open()
    const seen: string[] = []
    inbox.subscribe((entry) => seen.push(entry.eventId))
    const { raw, headers } = delivery(accountAdded)
    const receipt = await inbox.receive(raw, headers)
    expect(receipt.status).toBe('accepted')
    expect((await inbox.entries({ limit: 10 })).data).toEqual([
      expect.objectContaining({ seq: 1, eventId: 'evt-1', event: 'account.added', deliveries: 1 }),
    ])
    expect(seen).toEqual(['evt-1'])
  })

  it('drops a repeated event_id but counts the delivery', async () => {
    const inbox = open()
    const seen: string[] = []
    inbox.subscribe((entry) => seen.push(entry.eventId))
    const first = delivery(accountAdded)
    await inbox.receive(first.raw, first.headers)
    // A retry is signed again, at another time, but carries the same event_id.
    const retry = delivery(accountAdded, { timestamp: nowSeconds - 5 })
    const receipt = await inbox.receive(retry.raw, retry.headers)
    expect(receipt.status).toBe('duplicate')
    const { data } = await inbox.entries({ limit: 10 })
    expect(data).toHaveLength(1)
    expect(data[0]?.deliveries).toBe(2)
    expect(seen).toEqual(['evt-1'])
  })

  it('rejects a signature made with another secret, keeping nothing', async () => {
    const inbox = open()
    const { raw, headers } = delivery(accountAdded, { secret: 'pw_sandbox_someone_else' })
    await expect(inbox.receive(raw, headers)).rejects.toMatchObject({ code: 'signatureMismatch' })
    expect((await inbox.entries({ limit: 10 })).data).toEqual([])
  })

  it('rejects a body changed after signing', async () => {
    const inbox = open()
    const { headers } = delivery(accountAdded)
    const tampered = encoder.encode(
      JSON.stringify({ ...accountAdded, payload: { ...accountAdded.payload, end_user_id: 'm' } }),
    )
    await expect(inbox.receive(tampered, headers)).rejects.toMatchObject({
      code: 'signatureMismatch',
    })
  })

  it('rejects a delivery older than the tolerance as a replay, from its headers alone', () => {
    const inbox = open(300)
    const { headers } = delivery(accountAdded, { timestamp: nowSeconds - 301 })
    expect(() => inbox.checkHeaders(headers)).toThrow(
      expect.objectContaining({ code: 'staleTimestamp' }),
    )
    expect(() => inbox.checkHeaders(delivery(accountAdded).headers)).not.toThrow()
  })

  it('rejects a signed body that is not a Pinwheel webhook', async () => {
    const inbox = open()
    const { raw, headers } = delivery({ hello: 'world' })
    await expect(inbox.receive(raw, headers)).rejects.toBeInstanceOf(InvalidWebhookBodyError)
  })

  it('lists accounts per end user from account.added, with their job results', async () => {
    const inbox = open()
    for (const body of [
      accountAdded,
      {
        ...accountAdded,
        event_id: 'evt-2',
        payload: { ...accountAdded.payload, account_id: 'a2', end_user_id: 'someone_else' },
      },
      jobWebhook('evt-3', {}),
    ]) {
      const { raw, headers } = delivery(body)
      await inbox.receive(raw, headers)
    }
    expect((await accounts.list({ endUserId: 'end_user_demo', limit: 10 })).data).toEqual([
      {
        accountId: accountAdded.payload.account_id,
        endUserId: 'end_user_demo',
        platformId: 'plat_paycrest',
        platformName: null,
        platformType: null,
        linkTokenId: 'lt-1',
        createdAt: '2025-03-14T15:00:00.000+00:00',
        monitoringStatus: 'active',
        source: 'webhook',
        jobs: [
          {
            name: 'identity',
            outcome: 'success',
            timestamp: '2025-03-14T15:00:01.000+00:00',
            errorCode: null,
            errorType: null,
            source: 'webhook',
          },
        ],
      },
    ])
    const all = await accounts.list({ limit: 10 })
    expect(all.data.map((account) => account.accountId)).toEqual([
      'a2',
      accountAdded.payload.account_id,
    ])
  })

  it("reads Pinwheel's current shape: platform name and type, pending then a flat error on one job", async () => {
    const inbox = open()
    for (const body of [
      {
        ...accountAdded,
        payload: { ...accountAdded.payload, platform_name: 'Paycrest', platform_type: 'payroll' },
      },
      jobWebhook('evt-pending', { outcome: 'pending' }),
      jobWebhook('evt-error', {
        outcome: 'error',
        error_code: 'USER_ACTION_REQUIRED',
        error_type: 'PLATFORM_ERROR',
      }),
    ]) {
      const { raw, headers } = delivery(body)
      await inbox.receive(raw, headers)
    }
    const [account] = (await accounts.list({ limit: 10 })).data
    expect(account).toMatchObject({ platformName: 'Paycrest', platformType: 'payroll' })
    expect(account?.jobs).toEqual([
      expect.objectContaining({
        name: 'identity',
        outcome: 'error',
        errorCode: 'USER_ACTION_REQUIRED',
        errorType: 'PLATFORM_ERROR',
      }),
    ])
  })

  it('reads the older shape too: a nested `error` object', async () => {
    const inbox = open()
    const { raw, headers } = delivery(
      jobWebhook('evt-old', {
        outcome: 'error',
        error: {
          type: 'PLATFORM_ERROR',
          code: 'invalid_credentials',
          message: 'x',
          pending_retry: false,
        },
      }),
    )
    await inbox.receive(raw, headers)
    const [account] = (await accounts.list({ limit: 10 })).data
    expect(account?.jobs[0]).toMatchObject({
      errorCode: 'invalid_credentials',
      errorType: 'PLATFORM_ERROR',
    })
  })
})
