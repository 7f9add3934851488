import { describe, expect, it } from 'vitest'
import { REDACTED, toStorableJson } from './toStorableJson'

describe('toStorableJson', () => {
  it('redacts secret-named keys and token-shaped strings, keeps plain data', () => {
    expect(
      toStorableJson({
        password: 'hunter2',
        nested: { Authorization: 'Bearer x', list: [1, 'ok', null, Number.POSITIVE_INFINITY] },
        when: new Date(0),
      }),
    ).toEqual({
      password: REDACTED,
      nested: { Authorization: REDACTED, list: [1, 'ok', null, null] },
      when: '1970-01-01T00:00:00.000Z',
    })
  })

  it('keeps a "__proto__" key as data', () => {
    const copy = toStorableJson(JSON.parse('{"__proto__":{"polluted":1}}')) as Record<
      string,
      unknown
    >
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.hasOwn(copy, '__proto__')).toBe(true)
  })
})
