import { describe, expect, it } from 'vitest'
import { decodeLinkToken } from './decodeLinkToken'

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('decodeLinkToken', () => {
  it('reads the claims of a JWT, with base64url characters and UTF-8 text', () => {
    const claims = { exp: 1_900_000_000, account_id: 'acc_?>~', org_name: 'Café Ünïcode ✓' }
    const token = `${segment({ alg: 'HS256' })}.${segment(claims)}.pw_sandbox_sig`
    expect(token.split('.')[1]).toMatch(/[-_]/)
    expect(decodeLinkToken(token)).toEqual(claims)
  })

  it('returns null for anything that is not a JWT with an object payload', () => {
    expect(decodeLinkToken('pw_sandbox_opaque')).toBeNull()
    expect(decodeLinkToken('a.%%%.c')).toBeNull()
    expect(decodeLinkToken(`a.${segment([1, 2])}.c`)).toBeNull()
    expect(decodeLinkToken(`a.${Buffer.from('not json').toString('base64url')}.c`)).toBeNull()
  })
})
