import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { parsePinwheelEvent } from '../../src/events/parsePinwheelEvent'
import {
  isPinwheelEventName,
  pinwheelEventNames,
  screenNames,
} from '../../src/events/pinwheelEventNames'
import { createPinwheelLink } from '../../src/session/createPinwheelLink'
import { resetPageState } from '../../src/session/pageState'
import { createLinkEventStore } from '../../src/store/createLinkEventStore'
import {
  installFakePinwheel,
  makeLinkToken,
  type TwinOrder,
  uninstallFakePinwheel,
} from '../../src/test-utils/fakePinwheel'
import { watchUncaught } from './watchUncaught'

/**
 * Random and malformed `(name, payload)` pairs sent the way the script sends them (through
 * `onEvent` and, for login/success/error/exit, the dedicated callback too, in either order) into
 * an open session of the real controller. The store's own fuzz test covers `record()` directly.
 */

const id = fc.string({ minLength: 1, maxLength: 10 })
const pinwheelError = fc.record({
  type: fc.constantFrom('clientError', 'platformError', 'systemError', 'userActionRequired'),
  code: id,
  message: fc.string(),
  pendingRetry: fc.boolean(),
})

/** Payloads the script really sends, so a good share of the inputs are valid events. */
const validPayloads: Partial<Record<string, fc.Arbitrary<unknown>>> = {
  open: fc.constant({}),
  select_employer: fc.record({ selectedEmployerId: id, selectedEmployerName: fc.string() }),
  select_platform: fc.record({ selectedPlatformId: id, selectedPlatformName: fc.string() }),
  login_attempt: fc.record({ platformId: id }),
  login: fc.record({ accountId: id, platformId: id }),
  input_allocation: fc.constant({ action: 'full_switch' }),
  screen_transition: fc.record({ screenName: fc.constantFrom(...screenNames) }),
  success: fc.record({ accountId: id, platformId: id, job: id }),
  error: pinwheelError,
  exit: fc.oneof(fc.constant({}), pinwheelError),
}

interface Input {
  name: unknown
  payload: unknown
  order: TwinOrder
}

const order = fc.constantFrom<TwinOrder>('event-first', 'callback-first')
const valid: fc.Arbitrary<Input> = fc.oneof(
  ...Object.entries(validPayloads).map(([name, payload]) =>
    fc.record({ name: fc.constant(name), payload: payload!, order }),
  ),
)
const malformed: fc.Arbitrary<Input> = fc.record({
  name: fc.oneof(fc.constantFrom(...pinwheelEventNames), fc.string(), fc.anything()),
  payload: fc.oneof(
    fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }),
    fc.object(),
    fc.constant(undefined),
  ),
  order,
})

let inputs = 0
let runs = 0

afterAll(() => {
  console.info(
    `[fuzz] ${inputs} (name, payload) inputs sent through the controller in ${runs} sessions`,
  )
})

describe('createPinwheelLink fed random and malformed events', () => {
  it('never throws, records each event once under its session, keeps unknowns, stays within maxEvents', async () => {
    const guard = watchUncaught()
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(valid, malformed), { maxLength: 60, size: 'max' }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat({ max: 70 }),
        async (sent, maxEvents, closeAt) => {
          runs++
          resetPageState()
          const fake = installFakePinwheel()
          const store = createLinkEventStore({ maxEvents })
          const seen: unknown[] = []
          const controller = createPinwheelLink({
            linkToken: makeLinkToken(),
            store,
            onEvent: (name) => seen.push(name),
          })
          try {
            void controller.open()
            await new Promise((resolve) => setTimeout(resolve, 0))
            expect(fake.global.open).toHaveBeenCalledTimes(1)
            const sessionId = store.getState().sessionIds[0]!
            const expected = []
            for (const [index, input] of sent.entries()) {
              // The host closes midway; the script goes on reporting through the same callbacks.
              if (index === closeAt) void controller.close()
              inputs++
              expect(() =>
                fake.emit(input.name as string, input.payload, input.order),
              ).not.toThrow()
              expected.push(parsePinwheelEvent(input.name, input.payload))
              expect(store.getState().events.length).toBeLessThanOrEqual(maxEvents)
            }
            const state = store.getState()
            const all = state.dropped + state.events.length
            expect(all).toBe(sent.length)
            expect(state.sessions[sessionId]?.eventCount).toBe(sent.length)
            expect(state.sessionIds).toEqual([sessionId])
            expect(state.events.every((record) => record.sessionId === sessionId)).toBe(true)
            const kept = expected.slice(sent.length - state.events.length)
            expect(state.events.map(({ name, payload }) => ({ name, payload }))).toEqual(kept)
            for (const [index, record] of state.events.entries()) {
              const input = sent[sent.length - state.events.length + index]!
              if (!isPinwheelEventName(input.name)) expect(record.name).toBe('unknown')
            }
            // The user's onEvent saw each occurrence once (close() does not silence late events).
            expect(seen).toHaveLength(sent.length)
          } finally {
            controller.destroy()
            uninstallFakePinwheel()
          }
        },
      ),
      { numRuns: 200 },
    )
    await guard.expectNone()
    expect(inputs).toBeGreaterThan(2000)
  }, 60_000)
})

describe('createPinwheelLink twin events with unreadable payloads', () => {
  const hostile = {
    bigint: () => ({ accountId: 1n }),
    cycle: () => {
      const payload: Record<string, unknown> = { accountId: 'acc_1' }
      payload.self = payload
      return payload
    },
    'throwing getter': () =>
      Object.defineProperty({}, 'accountId', {
        enumerable: true,
        get() {
          throw new Error('unreadable')
        },
      }),
  }
  for (const [kind, make] of Object.entries(hostile)) {
    it(`records a login with a ${kind} payload, sent through both channels, once`, async () => {
      resetPageState()
      const fake = installFakePinwheel()
      const store = createLinkEventStore()
      const controller = createPinwheelLink({ linkToken: makeLinkToken(), store })
      void controller.open()
      await new Promise((resolve) => setTimeout(resolve, 0))
      const payload = make()
      fake.emit('login', payload, 'event-first')
      fake.emit('login', make(), 'callback-first')
      expect(store.getState().events.map((e) => e.name)).toEqual(['invalid', 'invalid'])
      controller.destroy()
      uninstallFakePinwheel()
    })
  }
})
