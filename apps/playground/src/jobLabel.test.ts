import { describe, expect, it } from 'vitest'
import { jobLabel } from './jobLabel'

/** Each Pinwheel job the playground shows, and how people say it. */
const said = {
  direct_deposit_allocations: 'Deposit allocations',
  direct_deposit_switch: 'Direct deposit switch',
  employment: 'Employment',
  identity: 'Identity',
  income: 'Income',
  paystubs: 'Paystubs',
  shifts: 'Shifts',
  tax_forms: 'Tax forms',
  bill_switch: 'Bill switch',
}

describe('jobLabel', () => {
  it('names every Pinwheel job the playground shows as people say it', () => {
    for (const [job, label] of Object.entries(said)) expect(jobLabel(job), job).toBe(label)
  })
})
