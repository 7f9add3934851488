import { describe, expectTypeOf, it } from 'vitest'
import type { LinkEventRecord } from '../store/types'
import type {
  EmptyPayload,
  InputAllocationPayload,
  LinkResult,
  LoginResult,
  PinwheelError,
  PinwheelEvent,
  PinwheelEventName,
  ScreenName,
} from './PinwheelEventPayloads'
import { parsePinwheelEvent } from './parsePinwheelEvent'

describe('PinwheelEvent', () => {
  it('narrows the payload in switch (event.name)', () => {
    const event = parsePinwheelEvent('login', {}) as PinwheelEvent
    switch (event.name) {
      case 'login':
        expectTypeOf(event.payload).toEqualTypeOf<LoginResult>()
        expectTypeOf(event.payload.accountId).toEqualTypeOf<string>()
        // @ts-expect-error a login carries no job
        event.payload.job
        break
      case 'select_employer':
        expectTypeOf(event.payload).toEqualTypeOf<{
          selectedEmployerId: string
          selectedEmployerName: string
        }>()
        break
      case 'screen_transition':
        expectTypeOf(event.payload.screenName).toEqualTypeOf<ScreenName>()
        expectTypeOf(event.payload.selectedEmployerId).toEqualTypeOf<string | undefined>()
        // @ts-expect-error the seed's screen_name is normalised away
        event.payload.screen_name
        break
      case 'success':
        expectTypeOf(event.payload).toEqualTypeOf<LinkResult>()
        break
      case 'error':
        expectTypeOf(event.payload).toEqualTypeOf<PinwheelError>()
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
        }
        break
      case 'input_amount':
        expectTypeOf(event.payload.unit).toEqualTypeOf<'$' | '%'>()
        break
      case 'unknown':
        expectTypeOf(event.payload.rawName).toEqualTypeOf<unknown>()
        expectTypeOf(event.payload.reason).toEqualTypeOf<string>()
        break
      case 'open':
        expectTypeOf(event.payload).toEqualTypeOf<EmptyPayload>()
        break
      default:
        expectTypeOf(event.name).toEqualTypeOf<
          | 'incorrect_platform_given'
          | 'card_switch_begin'
          | 'doc_uploads_begin'
          | 'doc_uploads_submitted'
          | 'dd_form_begin'
          | 'dd_form_create'
          | 'dd_form_download'
          | 'select_platform'
          | 'login_attempt'
        >()
    }
  })

  it('rejects names that are not events and payloads that do not match their name', () => {
    // @ts-expect-error not a documented event name
    const bad: PinwheelEvent = { name: 'bill_switch_begin', payload: {} }
    // @ts-expect-error a login payload needs accountId and platformId
    const wrong: PinwheelEvent = { name: 'login', payload: { accountId: 'a' } }
    const payload = { type: 'oops', code: 'x', message: '', pendingRetry: false }
    // @ts-expect-error an error type that Pinwheel does not document
    const badError: PinwheelEvent = { name: 'error', payload }
    expectTypeOf(bad).toEqualTypeOf<PinwheelEvent>()
    expectTypeOf(wrong).toEqualTypeOf<PinwheelEvent>()
    expectTypeOf(badError).toEqualTypeOf<PinwheelEvent>()
  })

  it('derives the name union from the payload map, without widening to string', () => {
    expectTypeOf<PinwheelEventName>().toEqualTypeOf<
      | 'open'
      | 'select_employer'
      | 'select_platform'
      | 'incorrect_platform_given'
      | 'login_attempt'
      | 'login'
      | 'input_amount'
      | 'input_allocation'
      | 'card_switch_begin'
      | 'doc_uploads_begin'
      | 'doc_uploads_submitted'
      | 'dd_form_begin'
      | 'dd_form_create'
      | 'dd_form_download'
      | 'screen_transition'
      | 'success'
      | 'error'
      | 'exit'
    >()
    expectTypeOf<string>().not.toExtend<PinwheelEventName>()
  })

  it('narrows store records on name too', () => {
    const record = {} as LinkEventRecord
    expectTypeOf(record.seq).toEqualTypeOf<number>()
    if (record.name === 'success') expectTypeOf(record.payload.job).toEqualTypeOf<string>()
    if (record.name === 'login') {
      // @ts-expect-error a login record has no allocation
      record.payload.allocation
    }
  })
})
