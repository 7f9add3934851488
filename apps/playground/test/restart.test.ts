import { signWebhook } from '@linkwheel/mock-api'
import { afterAll, describe, expect, it } from 'vitest'
import { databaseTargets } from './databaseTargets'
import { followWebhookStream } from './followWebhookStream'
import { freePort } from './freePort'
import { type SpawnedPlayground, spawnPlayground } from './spawnPlayground'

const secret = 'pw_sandbox_restart_tests_51c0'
const targets = await databaseTargets()
const spawned: SpawnedPlayground[] = []
afterAll(async () => {
  // Whatever happened, no playground is left running.
  await Promise.all(spawned.map((child) => child.crash()))
  await Promise.all(targets.map((target) => target.cleanup()))
})

/**
 * Delivers one webhook the way Pinwheel does (at least once): retried after a network failure or
 * a 5xx until a 2xx, for up to a minute. Resolves when acknowledged.
 */
let failedAttempts = 0

async function deliver(baseUrl: string, eventId: string): Promise<void> {
  const body = JSON.stringify({
    event: 'account.added',
    event_id: eventId,
    payload: { account_id: `acct-${eventId}`, end_user_id: 'restart' },
  })
  const deadline = Date.now() + 60_000
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/api/webhooks`, {
        method: 'POST',
        body,
        headers: { ...signWebhook(body, secret), 'content-type': 'application/json' },
      })
      if (response.ok) return
      if (response.status < 500) throw new Error(`refused ${eventId}: ${await response.text()}`)
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('refused')) throw error
    }
    failedAttempts++
    if (Date.now() > deadline) throw new Error(`${eventId} was never acknowledged`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

for (const target of targets) {
  const suite = target.skipReason ? describe.skip : describe
  suite(`a crash mid-delivery, on ${target.name}${target.skipReason ? ` (SKIPPED: ${target.skipReason})` : ''}`, () => {
    it('loses nothing, shows nothing twice, and the live stream resumes with the new entries', async () => {
      const database = await target.freshLocation()
      const port = await freePort()
      const mockApiPort = await freePort()
      const baseUrl = `http://127.0.0.1:${port}`
      const start = async () => {
        const child = await spawnPlayground({ port, mockApiPort, secret, database })
        spawned.push(child)
        return child
      }
      const ids = Array.from({ length: 30 }, (_, i) => `evt-restart-${i}`)

      const first = await start()
      const before = followWebhookStream(baseUrl)
      // Three deliveries at a time; the crash comes while some are in flight.
      const acknowledged: string[] = []
      let next = 0
      const sender = async () => {
        while (next < ids.length) {
          const id = ids[next++]!
          await deliver(baseUrl, id)
          acknowledged.push(id)
        }
      }
      const senders = Promise.all([sender(), sender(), sender()])
      while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 10))
      const failedBeforeCrash = failedAttempts
      await first.crash()
      await before.ended
      expect(before.events.length).toBeGreaterThan(0)

      const second = await start()
      try {
        await senders
        // Deliveries were in flight when it crashed, and were retried.
        expect(failedAttempts).toBeGreaterThan(failedBeforeCrash)
        // Pinwheel may deliver an acknowledged event again: it is counted, not shown again.
        for (const id of acknowledged.slice(0, 5)) await deliver(baseUrl, id)

        const lastSeen = before.events.at(-1)!.id
        const after = followWebhookStream(baseUrl, lastSeen)
        await after.waitFor(ids.length - before.events.length)
        // Nothing more arrives once all were shown.
        await new Promise((resolve) => setTimeout(resolve, 300))
        await after.stop()

        const shown = [...before.events, ...after.events]
        expect(shown.map((event) => event.eventId).sort()).toEqual([...ids].sort())
        const shownIds = shown.map((event) => event.id)
        expect(shownIds).toEqual([...shownIds].sort((a, b) => a - b))
        expect(new Set(shownIds).size).toBe(shownIds.length)

        const stored = (await (await fetch(`${baseUrl}/api/webhooks?limit=100`)).json()) as {
          data: { eventId: string; deliveries: number }[]
        }
        expect(stored.data.map((entry) => entry.eventId).sort()).toEqual([...ids].sort())
        const accounts = (await (await fetch(`${baseUrl}/api/accounts?limit=100`)).json()) as {
          data: unknown[]
        }
        expect(accounts.data).toHaveLength(ids.length)
      } finally {
        await second.crash()
      }
    }, 240_000)
  })
}
