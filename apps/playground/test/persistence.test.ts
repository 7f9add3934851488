import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { signWebhook } from '@linkwheel/mock-api'
import { afterAll, describe, expect, it } from 'vitest'
import { createAccountStore } from '../server/createAccountStore'
import { createRefreshLog } from '../server/createRefreshLog'
import { createWebhookInbox } from '../server/createWebhookInbox'
import type { Database } from '../server/db/Database'
import { migrate } from '../server/db/migrate'
import { type DatabaseLocation, openDatabase } from '../server/db/openDatabase'
import type { RefreshSummary } from '../server/summarizeRefresh'
import { databaseTargets } from './databaseTargets'

const secret = 'pw_sandbox_persistence_tests'
const targets = await databaseTargets()
afterAll(() => Promise.all(targets.map((target) => target.cleanup())))

function delivery(eventId: string, event: string, payload: Record<string, unknown>) {
  const raw = new TextEncoder().encode(JSON.stringify({ event, event_id: eventId, payload }))
  return { raw, headers: new Headers(signWebhook(raw, secret)) }
}

function parts(db: Database) {
  const accounts = createAccountStore(db)
  return {
    accounts,
    refreshes: createRefreshLog(db),
    inbox: createWebhookInbox({ db, accounts, secret }),
  }
}

const summary: RefreshSummary = {
  jobs: [],
  updatedJobs: ['paystubs'],
  monitoringStatus: { before: 'active', after: 'active' },
  result: { ok: true },
}

for (const target of targets) {
  const suite = target.skipReason ? describe.skip : describe
  const title = target.skipReason
    ? `on a ${target.name}: SKIPPED, ${target.skipReason}`
    : `on a ${target.name}`
  suite(`what the backend acknowledged survives a restart, ${title}`, () => {
    let location: DatabaseLocation
    let db: Database
    let lastSeqBefore = 0

    it('stores webhooks, accounts, job results and a refresh result, then closes', async () => {
      location = await target.freshLocation()
      db = await openDatabase(location)
      const { inbox, refreshes } = parts(db)
      await inbox.receive(
        ...(Object.values(
          delivery('evt-a', 'account.added', { account_id: 'acct-1', end_user_id: 'u1' }),
        ) as [Uint8Array, Headers]),
      )
      const job = delivery('evt-b', 'paystubs.added', {
        id: 'job-9',
        account_id: 'acct-1',
        name: 'paystubs',
        outcome: 'success',
        sync_status: 'complete',
        count: 3,
      })
      await inbox.receive(job.raw, job.headers)
      await refreshes.add('acct-1', summary, new Date('2026-01-01T00:00:00Z'))
      lastSeqBefore = (await inbox.entries({ limit: 10 })).data.at(-1)?.seq ?? 0
      expect(lastSeqBefore).toBe(2)
      await db.close()
    }, 120_000)

    it('reopens with everything: entries, accounts with their jobs, refresh results', async () => {
      db = await openDatabase(location)
      const { inbox, accounts, refreshes } = parts(db)
      const entries = (await inbox.entries({ limit: 10 })).data
      expect(entries.map((entry) => [entry.seq, entry.eventId])).toEqual([
        [1, 'evt-a'],
        [2, 'evt-b'],
      ])
      expect(entries[1]?.payload).toMatchObject({ sync_status: 'complete', count: 3 })
      const [account] = (await accounts.list({ limit: 10 })).data
      expect(account).toMatchObject({ accountId: 'acct-1', endUserId: 'u1' })
      expect(account?.jobs).toEqual([
        expect.objectContaining({ name: 'paystubs', outcome: 'success' }),
      ])
      const stored = (await refreshes.list('acct-1', { limit: 10 })).data
      expect(stored).toEqual([
        expect.objectContaining({
          accountId: 'acct-1',
          summary,
          createdAt: '2026-01-01T00:00:00.000Z',
        }),
      ])
    }, 120_000)

    it('still knows the event ids it saw: a redelivery is a duplicate, shown once', async () => {
      const { inbox } = parts(db)
      const again = delivery('evt-a', 'account.added', { account_id: 'acct-1', end_user_id: 'u1' })
      const receipt = await inbox.receive(again.raw, again.headers)
      expect(receipt).toMatchObject({ status: 'duplicate', entry: { seq: 1, deliveries: 2 } })
      expect((await inbox.entries({ limit: 10 })).data).toHaveLength(2)
    })

    it('hands out ids above every id of before the restart (the stream resumes by them)', async () => {
      const { inbox } = parts(db)
      const next = delivery('evt-c', 'account.added', { account_id: 'acct-2' })
      const receipt = await inbox.receive(next.raw, next.headers)
      expect(receipt.entry.seq).toBeGreaterThan(lastSeqBefore)
      const after = (await inbox.entries({ after: lastSeqBefore, limit: 10 })).data
      expect(after.map((entry) => entry.eventId)).toEqual(['evt-c'])
    })

    it('runs each migration once: opening again applies none', async () => {
      expect(await migrate(db)).toEqual([])
      await db.close()
    })
  })
}

describe('the embedded database folder', () => {
  it('is refused while another running process holds it, and taken over after a crash', async () => {
    const location = await targets[0]!.freshLocation()
    // A live process (our parent) holds it.
    await writeFile(join(location.dataDir, 'playground.pid'), String(process.ppid))
    await expect(openDatabase(location)).rejects.toThrow(/is using it.*PLAYGROUND_DATA_DIR/)
    // A pid that no process has: left by a crash.
    await writeFile(join(location.dataDir, 'playground.pid'), '2147483646')
    const db = await openDatabase(location)
    await db.close()
  }, 120_000)
})
