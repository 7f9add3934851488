import { describe, expect, it } from 'vitest'
import { isStructurallyEqual } from '../src/isStructurallyEqual'

describe('isStructurallyEqual', () => {
  it('treats objects with the same data in another key order as equal', () => {
    expect(isStructurallyEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
  })

  it('tells apart changed values, lengths and arrays from objects', () => {
    expect(isStructurallyEqual({ a: 1 }, { a: 2 })).toBe(false)
    expect(isStructurallyEqual([1], [1, 2])).toBe(false)
    expect(isStructurallyEqual([], {})).toBe(false)
    expect(isStructurallyEqual(null, {})).toBe(false)
  })
})
