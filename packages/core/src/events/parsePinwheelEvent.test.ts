import { describe, expect, it } from 'vitest'
import { parsePinwheelEvent } from './parsePinwheelEvent'
import { pinwheelEventNames } from './pinwheelEventNames'

const error = {
  type: 'userActionRequired',
  code: 'invalidCredentials',
  message: 'Wrong password',
  pendingRetry: false,
}

/** One valid payload per documented event, as the Link script sends it. */
const valid: Record<string, unknown> = {
  open: {},
  select_employer: { selectedEmployerId: 'emp_1', selectedEmployerName: 'Acme' },
  select_platform: { selectedPlatformId: 'plt_1', selectedPlatformName: 'Workday' },
  incorrect_platform_given: {},
  login_attempt: { platformId: 'plt_1' },
  login: { accountId: 'acc_1', platformId: 'plt_1' },
  input_amount: { value: 50, unit: '%' },
  input_allocation: { action: 'partial_switch', allocation: { type: 'amount', value: 200 } },
  card_switch_begin: {},
  doc_uploads_begin: {},
  doc_uploads_submitted: { uploadedDocumentSubmittedCount: 2 },
  dd_form_begin: {},
  dd_form_create: { url: 'https://example.com/form.pdf' },
  dd_form_download: {},
  screen_transition: { screenName: 'LOGIN', selectedPlatformId: 'plt_1' },
  success: { accountId: 'acc_1', platformId: 'plt_1', job: 'direct_deposit_switch' },
  error,
  exit: error,
}

describe('parsePinwheelEvent', () => {
  it.each(pinwheelEventNames.map((name) => [name]))(
    'types a valid "%s" event with its payload',
    (name) => {
      const event = parsePinwheelEvent(name, valid[name])
      expect(event).toEqual({ name, payload: valid[name] })
    },
  )

  it('returns a copy, so later changes to the raw payload do not reach the event', () => {
    const raw = { accountId: 'acc_1', platformId: 'plt_1' }
    const event = parsePinwheelEvent('login', raw)
    raw.accountId = 'changed'
    expect(event.payload).toEqual({ accountId: 'acc_1', platformId: 'plt_1' })
  })

  it('accepts the seed spelling screen_name and normalises it to screenName', () => {
    expect(parsePinwheelEvent('screen_transition', { screen_name: 'SEARCH_DEFAULT' })).toEqual({
      name: 'screen_transition',
      payload: { screenName: 'SEARCH_DEFAULT' },
    })
  })

  it('prefers screenName when both spellings are present', () => {
    const event = parsePinwheelEvent('screen_transition', {
      screenName: 'LOGIN',
      screen_name: 'SEARCH_DEFAULT',
    })
    expect(event).toEqual({ name: 'screen_transition', payload: { screenName: 'LOGIN' } })
  })

  it('rejects an undocumented screen as unknown with the reason', () => {
    const event = parsePinwheelEvent('screen_transition', { screenName: 'BILL_SWITCH' })
    expect(event.name).toBe('unknown')
    if (event.name === 'unknown')
      expect(event.payload.reason).toMatch(/"BILL_SWITCH" is not a documented ScreenName/)
  })

  it('keeps an unknown name from a newer script with its raw name and payload', () => {
    const payload = { billId: 'b1' }
    expect(parsePinwheelEvent('bill_switch_begin', payload)).toEqual({
      name: 'unknown',
      payload: {
        rawName: 'bill_switch_begin',
        rawPayload: payload,
        reason: 'unknown event name "bill_switch_begin"',
      },
    })
  })

  it.each([
    ['login', { accountId: 1, platformId: 'plt_1' }, /"accountId" must be a string/],
    ['select_employer', { selectedEmployerId: 'e' }, /"selectedEmployerName" must be a string/],
    ['input_amount', { value: Number.NaN, unit: '%' }, /"value" must be a finite number/],
    ['input_amount', { value: 5, unit: '€' }, /"unit" must be "\$" or "%"/],
    ['input_allocation', { action: 'half' }, /"action" must be/],
    ['input_allocation', { action: 'partial_switch' }, /needs an "allocation" object/],
    [
      'input_allocation',
      { action: 'partial_switch', allocation: { type: 'amount' } },
      /"allocation.value"/,
    ],
    [
      'input_allocation',
      { action: 'full_switch', allocation: { target: { accountName: 1 } } },
      /allocation.target/,
    ],
    ['doc_uploads_submitted', { uploadedDocumentSubmittedCount: '2' }, /finite number/],
    ['success', { accountId: 'a', platformId: 'p' }, /"job" must be a string/],
    [
      'success',
      { accountId: 'a', platformId: 'p', job: 'income', params: 3 },
      /"params" must be an object/,
    ],
    ['error', { type: 'madeUpError', code: 'x' }, /not a documented PinwheelErrorType/],
    [
      'error',
      { type: 'systemError', code: 'x', pendingRetry: 'yes' },
      /"pendingRetry" must be a boolean/,
    ],
    ['exit', { type: 'systemError' }, /"code" must be a string/],
    ['login', 'acc_1', /payload of "login" must be an object/],
    ['open', [1, 2], /payload of "open" must be an object/],
  ])('turns a bad "%s" payload %j into unknown with the reason', (name, payload, reason) => {
    const event = parsePinwheelEvent(name, payload)
    expect(event.name).toBe('unknown')
    if (event.name !== 'unknown') return
    expect(event.payload.rawName).toBe(name)
    expect(event.payload.rawPayload).toBe(payload)
    expect(event.payload.reason).toMatch(reason)
  })

  it('reads exit with no payload, {} or an error', () => {
    expect(parsePinwheelEvent('exit', undefined)).toEqual({ name: 'exit', payload: {} })
    expect(parsePinwheelEvent('exit', null)).toEqual({ name: 'exit', payload: {} })
    expect(parsePinwheelEvent('exit', {})).toEqual({ name: 'exit', payload: {} })
    expect(parsePinwheelEvent('exit', error)).toEqual({ name: 'exit', payload: error })
  })

  it('fills message and pendingRetry that older Link versions leave out', () => {
    expect(parsePinwheelEvent('error', { type: 'networkError', code: 'networkError' })).toEqual({
      name: 'error',
      payload: { type: 'networkError', code: 'networkError', message: '', pendingRetry: false },
    })
  })

  it('keeps fields a newer script adds to a known event', () => {
    expect(
      parsePinwheelEvent('login', { accountId: 'a', platformId: 'p', isNewAccount: true }),
    ).toEqual({
      name: 'login',
      payload: { accountId: 'a', platformId: 'p', isNewAccount: true },
    })
  })

  it('never throws on hostile input: throwing getters, revoked proxies, odd names', () => {
    const throwing = Object.defineProperty({}, 'accountId', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const nullProtoThrow = new Proxy(
      {},
      {
        ownKeys() {
          throw Object.create(null)
        },
      },
    )
    const names: unknown[] = [
      undefined,
      null,
      42,
      Symbol('x'),
      10n,
      {},
      () => 'open',
      'login',
      'open',
    ]
    for (const name of names) {
      for (const payload of [throwing, proxy, nullProtoThrow, 10n, Symbol('p')]) {
        const event = parsePinwheelEvent(name, payload)
        expect(event.name).toBe('unknown')
      }
    }
  })

  it('does not turn a "__proto__" key into a prototype', () => {
    const raw = JSON.parse('{"accountId":"a","platformId":"p","__proto__":{"polluted":true}}')
    const event = parsePinwheelEvent('login', raw)
    expect(event.name).toBe('login')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((event.payload as Record<string, unknown>).polluted).toBeUndefined()
  })
})
