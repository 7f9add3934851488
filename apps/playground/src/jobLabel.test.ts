import { describe, expect, it } from 'vitest'
import { jobLabel } from './jobLabel'

describe('jobLabel', () => {
  it('names every Pinwheel job the playground shows as people say it', () => {
    expect(
      [
        'direct_deposit_allocations',
        'direct_deposit_switch',
        'employment',
        'identity',
        'income',
        'paystubs',
        'shifts',
        'tax_forms',
        'bill_switch',
      ].map(jobLabel),
    ).toEqual([
      'Deposit allocations',
      'Direct deposit switch',
      'Employment',
      'Identity',
      'Income',
      'Paystubs',
      'Shifts',
      'Tax forms',
      'Bill switch',
    ])
  })
})
