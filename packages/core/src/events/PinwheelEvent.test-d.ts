import { describe, expectTypeOf, it } from 'vitest'
import type { LinkEventRecord } from '../store/types'
import type {
  AllocationTarget,
  BillPayload,
  BillSwitchPayload,
  EmptyPayload,
  InputAllocationPayload,
  LinkJob,
  LinkResult,
  LoginResult,
  OrString,
  PinwheelError,
  PinwheelErrorCode,
  PinwheelErrorType,
  PinwheelEvent,
  PinwheelEventName,
  ScreenName,
  SuccessParams,
} from './PinwheelEventPayloads'
import { parsePinwheelEvent } from './parsePinwheelEvent'

describe('PinwheelEvent', () => {
  it('narrows the payload in switch (event.name)', () => {
    const event = parsePinwheelEvent('login', {})
    switch (event.name) {
      case 'login':
        expectTypeOf(event.payload).toEqualTypeOf<LoginResult>()
        // @ts-expect-error a login carries no job
        event.payload.job
        break
      case 'screen_transition':
        expectTypeOf(event.payload.screenName).toEqualTypeOf<OrString<ScreenName>>()
        expectTypeOf(event.payload.selectedEmployerId).toEqualTypeOf<string | undefined>()
        // @ts-expect-error the seed's screen_name is normalised away
        event.payload.screen_name
        break
      case 'success':
        expectTypeOf(event.payload).toEqualTypeOf<LinkResult>()
        expectTypeOf(event.payload.job).toEqualTypeOf<OrString<LinkJob>>()
        expectTypeOf(event.payload.params).toEqualTypeOf<SuccessParams | null | undefined>()
        break
      case 'error':
        expectTypeOf(event.payload).toEqualTypeOf<PinwheelError>()
        expectTypeOf(event.payload.type).toEqualTypeOf<OrString<PinwheelErrorType>>()
        expectTypeOf(event.payload.code).toEqualTypeOf<OrString<PinwheelErrorCode>>()
        expectTypeOf(event.payload.pendingRetry).toEqualTypeOf<boolean>()
        break
      case 'exit':
        expectTypeOf(event.payload).toEqualTypeOf<PinwheelError | EmptyPayload>()
        break
      case 'input_allocation':
        expectTypeOf(event.payload).toEqualTypeOf<InputAllocationPayload>()
        if (event.payload.action === 'partial_switch') {
          expectTypeOf(event.payload.allocation.type).toEqualTypeOf<
            'percentage' | 'amount' | 'remainder'
          >()
          expectTypeOf(event.payload.allocation.target).toEqualTypeOf<
            AllocationTarget | null | undefined
          >()
          if (event.payload.allocation.type !== 'remainder')
            expectTypeOf(event.payload.allocation.value).toEqualTypeOf<number>()
        }
        // Link v3: the user left the amount screen without choosing.
        if (event.payload.action === null)
          expectTypeOf(event.payload.allocation).toEqualTypeOf<null>()
        break
      case 'input_amount':
        expectTypeOf(event.payload.unit).toEqualTypeOf<'$' | '%'>()
        break
      case 'bill_removed':
        expectTypeOf(event.payload).toEqualTypeOf<BillPayload | BillSwitchPayload>()
        break
      case 'bill_switch_success':
        expectTypeOf(event.payload.accountId).toEqualTypeOf<string | undefined>()
        break
      case 'user_activated':
        expectTypeOf(event.payload).toEqualTypeOf<{ solutionName: string }>()
        break
      case 'other_event':
        expectTypeOf(event.payload.payload[0]?.type).toEqualTypeOf<
          'string' | 'boolean' | 'number' | undefined
        >()
        break
      case 'unknown':
        expectTypeOf(event.payload.rawName).toEqualTypeOf<unknown>()
        expectTypeOf(event.payload.reason).toEqualTypeOf<string>()
        break
      case 'invalid':
        expectTypeOf(event.payload.rawName).toEqualTypeOf<PinwheelEventName>()
        expectTypeOf(event.payload.field).toEqualTypeOf<string>()
        if (event.payload.rawName === 'login') expectTypeOf(event.payload.rawPayload).toBeUnknown()
        break
      case 'open':
        expectTypeOf(event.payload).toEqualTypeOf<EmptyPayload>()
        break
    }
  })

  it('autocompletes known values but keeps a newer screen, error type or job typed', () => {
    const screen: OrString<ScreenName> = 'BILL_SWITCH_REVIEW'
    const error: PinwheelError = {
      type: 'rateLimitError',
      code: 'tooManyRequests',
      message: '',
      pendingRetry: false,
    }
    const result: LinkResult = { accountId: 'a', platformId: 'p', job: 'paystubs' }
    expectTypeOf(screen).toExtend<string>()
    expectTypeOf<ScreenName>().toExtend<OrString<ScreenName>>()
    expectTypeOf(error.type).not.toEqualTypeOf<string>()
    expectTypeOf(result.job).toEqualTypeOf<OrString<LinkJob>>()
  })

  it('rejects names that are not events and payloads that do not match their name', () => {
    // @ts-expect-error not a documented event name
    const bad: PinwheelEvent = { name: 'bill_switch_begin', payload: {} }
    // @ts-expect-error a login payload needs accountId and platformId
    const wrong: PinwheelEvent = { name: 'login', payload: { accountId: 'a' } }
    // @ts-expect-error a partial switch needs its allocation
    const partial: InputAllocationPayload = { action: 'partial_switch' }
    // @ts-expect-error v3's null action comes with a null allocation
    const half: InputAllocationPayload = { action: null, allocation: { type: 'remainder' } }
    const rawName = 'x'
    // @ts-expect-error an invalid event names a documented event
    const invalid: PinwheelEvent = { name: 'invalid', payload: { rawName, rawPayload: 1 } }
    expectTypeOf([bad, wrong, invalid]).toEqualTypeOf<PinwheelEvent[]>()
    expectTypeOf([partial, half]).toEqualTypeOf<InputAllocationPayload[]>()
  })

  it('derives the name union from the payload map, without widening to string', () => {
    expectTypeOf<'input_allocation' | 'bill_added' | 'other_event'>().toExtend<PinwheelEventName>()
    expectTypeOf<string>().not.toExtend<PinwheelEventName>()
    // Names come from the web SDKs; the parser lower-cases Android's `LOGIN`.
    expectTypeOf<'LOGIN'>().not.toExtend<PinwheelEventName>()
  })

  it('marks input_amount and the v2.3 success amount deprecated, yet still typed', () => {
    const event = parsePinwheelEvent('input_amount', { value: 1, unit: '%' })
    if (event.name === 'input_amount') expectTypeOf(event.payload.value).toEqualTypeOf<number>()
    const params = {} as SuccessParams
    if (!('action' in params))
      expectTypeOf(params.amount).toEqualTypeOf<{ value: number; unit: '%' | '$' } | undefined>()
  })

  it('narrows store records on name too', () => {
    const record = {} as LinkEventRecord
    expectTypeOf(record.seq).toEqualTypeOf<number>()
    if (record.name === 'success')
      expectTypeOf(record.payload.job).toEqualTypeOf<OrString<LinkJob>>()
    if (record.name === 'login') {
      // @ts-expect-error a login record has no allocation
      record.payload.allocation
    }
  })
})
