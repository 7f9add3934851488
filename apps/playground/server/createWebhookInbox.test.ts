import { signWebhook } from '@linkwheel/mock-api'
import { describe, expect, it } from 'vitest'
import { createWebhookInbox, InvalidWebhookBodyError } from './createWebhookInbox'

const secret = 'pw_sandbox_inbox_tests'
const now = new Date('2025-03-14T15:00:00.000Z')
const nowSeconds = Math.floor(now.getTime() / 1000)

function delivery(body: unknown, options: { secret?: string; timestamp?: number } = {}) {
  const raw = JSON.stringify(body)
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

describe('createWebhookInbox', () => {
  it('keeps a correctly signed delivery and tells subscribers', () => {
    const inbox = createWebhookInbox({ secret, now: () => now })
    const seen: string[] = []
    inbox.subscribe((entry) => seen.push(entry.eventId))
    const { raw, headers } = delivery(accountAdded)
    const receipt = inbox.receive(raw, headers)
    expect(receipt.status).toBe('accepted')
    expect(inbox.entries()).toEqual([
      expect.objectContaining({ seq: 1, eventId: 'evt-1', event: 'account.added', deliveries: 1 }),
    ])
    expect(seen).toEqual(['evt-1'])
  })

  it('drops a repeated event_id but counts the delivery', () => {
    const inbox = createWebhookInbox({ secret, now: () => now })
    const seen: string[] = []
    inbox.subscribe((entry) => seen.push(entry.eventId))
    const first = delivery(accountAdded)
    inbox.receive(first.raw, first.headers)
    // A retry is signed again, at another time, but carries the same event_id.
    const retry = delivery(accountAdded, { timestamp: nowSeconds - 5 })
    const receipt = inbox.receive(retry.raw, retry.headers)
    expect(receipt.status).toBe('duplicate')
    expect(inbox.entries()).toHaveLength(1)
    expect(inbox.entries()[0]?.deliveries).toBe(2)
    expect(seen).toEqual(['evt-1'])
  })

  it('rejects a signature made with another secret, keeping nothing', () => {
    const inbox = createWebhookInbox({ secret, now: () => now })
    const { raw, headers } = delivery(accountAdded, { secret: 'pw_sandbox_someone_else' })
    expect(() => inbox.receive(raw, headers)).toThrow(
      expect.objectContaining({ code: 'signatureMismatch' }),
    )
    expect(inbox.entries()).toEqual([])
  })

  it('rejects a body changed after signing', () => {
    const inbox = createWebhookInbox({ secret, now: () => now })
    const { headers } = delivery(accountAdded)
    const tampered = JSON.stringify({
      ...accountAdded,
      payload: { ...accountAdded.payload, end_user_id: 'mallory' },
    })
    expect(() => inbox.receive(tampered, headers)).toThrow(
      expect.objectContaining({ code: 'signatureMismatch' }),
    )
  })

  it('rejects a delivery older than the tolerance as a replay', () => {
    const inbox = createWebhookInbox({ secret, now: () => now, toleranceSeconds: 300 })
    const { raw, headers } = delivery(accountAdded, { timestamp: nowSeconds - 301 })
    expect(() => inbox.receive(raw, headers)).toThrow(
      expect.objectContaining({ code: 'staleTimestamp' }),
    )
  })

  it('rejects a signed body that is not a Pinwheel webhook', () => {
    const inbox = createWebhookInbox({ secret, now: () => now })
    const { raw, headers } = delivery({ hello: 'world' })
    expect(() => inbox.receive(raw, headers)).toThrow(InvalidWebhookBodyError)
  })

  it('lists accounts per end user from account.added, with their job webhooks', () => {
    const inbox = createWebhookInbox({ secret, now: () => now })
    const added = delivery(accountAdded)
    inbox.receive(added.raw, added.headers)
    const other = delivery({
      ...accountAdded,
      event_id: 'evt-2',
      payload: { ...accountAdded.payload, account_id: 'a2', end_user_id: 'someone_else' },
    })
    inbox.receive(other.raw, other.headers)
    const job = delivery({
      event: 'identity.added',
      event_id: 'evt-3',
      payload: {
        id: 'job-1',
        account_id: accountAdded.payload.account_id,
        end_user_id: 'end_user_demo',
        link_token_id: 'lt-1',
        name: 'identity',
        timestamp: '2025-03-14T15:00:01.000+00:00',
        outcome: 'success',
      },
    })
    inbox.receive(job.raw, job.headers)
    expect(inbox.accounts('end_user_demo')).toEqual([
      {
        accountId: accountAdded.payload.account_id,
        endUserId: 'end_user_demo',
        platformId: 'plat_paycrest',
        linkTokenId: 'lt-1',
        createdAt: '2025-03-14T15:00:00.000+00:00',
        monitoringStatus: 'active',
        jobs: [
          { name: 'identity', outcome: 'success', timestamp: '2025-03-14T15:00:01.000+00:00' },
        ],
      },
    ])
    expect(inbox.accounts().map((account) => account.accountId)).toEqual([
      'a2',
      accountAdded.payload.account_id,
    ])
  })
})
