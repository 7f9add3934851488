import { linkEventFixtures, linkEventSchemas, linkMajors } from '@linkwheel/link-contract'
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

describe('parsePinwheelEvent and the Link contract', () => {
  it.each(linkEventFixtures.map((fixture) => [fixture.name, fixture.shape, fixture] as const))(
    'types the %s fixture (%s) as its own variant',
    (name, _shape, fixture) => {
      const event = parsePinwheelEvent(name, fixture.payload)
      expect(event.name, JSON.stringify(event.payload)).toBe(name.toLowerCase())
    },
  )

  it('knows every event name of every Link major, and no name the contract lacks', () => {
    const catalogue = new Set(linkMajors.flatMap((major) => Object.keys(linkEventSchemas(major))))
    expect([...catalogue].sort()).toEqual([...pinwheelEventNames].sort())
  })

  it('keeps an unknown screen, error type and job as they came', () => {
    expect(parsePinwheelEvent('screen_transition', { screenName: 'BILL_SWITCH' })).toEqual({
      name: 'screen_transition',
      payload: { screenName: 'BILL_SWITCH' },
    })
    const newError = { type: 'rateLimitError', code: 'tooMany', message: 'm', pendingRetry: true }
    expect(parsePinwheelEvent('error', newError)).toEqual({ name: 'error', payload: newError })
  })

  it('reads v3 shapes: an all-null allocation, and success.params as an allocation', () => {
    expect(parsePinwheelEvent('input_allocation', { action: null, allocation: null })).toEqual({
      name: 'input_allocation',
      payload: { action: null, allocation: null },
    })
    const params = { action: 'partial_switch', allocation: { type: 'remainder' } }
    const success = { accountId: 'a', platformId: 'p', job: 'direct_deposit_switch', params }
    expect(parsePinwheelEvent('success', success)).toEqual({ name: 'success', payload: success })
  })

  it('lower-cases the upper-case names of the Android SDK', () => {
    expect(parsePinwheelEvent('LOGIN', { accountId: 'a', platformId: 'p' })).toEqual({
      name: 'login',
      payload: { accountId: 'a', platformId: 'p' },
    })
  })

  it('unwraps the exit error the Android SDK reads under payload.error', () => {
    expect(parsePinwheelEvent('exit', { error })).toEqual({ name: 'exit', payload: error })
  })
})

describe('parsePinwheelEvent', () => {
  it.each(pinwheelEventNames.filter((name) => name in valid).map((name) => [name]))(
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
    ['login', { accountId: 1, platformId: 'plt_1' }, 'accountId', /must be a string/],
    ['select_employer', { selectedEmployerId: 'e' }, 'selectedEmployerName', /a string/],
    ['input_amount', { value: Number.NaN, unit: '%' }, 'value', /must be a finite number/],
    ['input_amount', { value: 5, unit: '€' }, 'unit', /"unit" must be "\$" or "%"/],
    ['input_allocation', { action: 'half' }, 'action', /"action" must be/],
    ['input_allocation', { action: 'partial_switch' }, 'allocation', /needs an "allocation"/],
    [
      'input_allocation',
      { action: 'partial_switch', allocation: { type: 'amount' } },
      'allocation.value',
      /finite number/,
    ],
    [
      'input_allocation',
      { action: 'full_switch', allocation: { target: { accountName: 'n' } } },
      'allocation.target.accountType',
      /a string/,
    ],
    [
      'doc_uploads_submitted',
      { uploadedDocumentSubmittedCount: '2' },
      'uploadedDocumentSubmittedCount',
      /finite/,
    ],
    ['success', { accountId: 'a', platformId: 'p' }, 'job', /"job" must be a string/],
    ['success', { accountId: 'a', platformId: 'p', job: 'x', params: 3 }, 'params', /an object/],
    [
      'success',
      { accountId: 'a', platformId: 'p', job: 'x', params: { action: 'partial_switch' } },
      'params.allocation',
      /needs an "params.allocation"/,
    ],
    ['error', { type: 7, code: 'x' }, 'type', /"type" must be a string/],
    ['error', { type: 'systemError', code: 'x', pendingRetry: 'yes' }, 'pendingRetry', /boolean/],
    ['exit', { type: 'systemError' }, 'code', /"code" must be a string/],
    ['bill_added', { platformId: 'p' }, 'platformName', /a string/],
    ['other_event', { name: 'n', payload: {} }, 'payload', /an array/],
    ['LOGIN', { accountId: 'a' }, 'platformId', /a string/],
    ['login', 'acc_1', '', /payload of "login" must be an object/],
    ['open', [1, 2], '', /payload of "open" must be an object/],
  ])('keeps a bad "%s" payload %j as invalid, naming the field', (name, payload, field, reason) => {
    const event = parsePinwheelEvent(name, payload)
    expect(event.name).toBe('invalid')
    if (event.name !== 'invalid') return
    expect(event.payload.rawName).toBe(name.toLowerCase())
    expect(event.payload.rawPayload).toBe(payload)
    if (field) expect(event.payload.field).toBe(field)
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
        expect(event.name).toBe(typeof name === 'string' ? 'invalid' : 'unknown')
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
