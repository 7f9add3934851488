import { describe, expect, it } from 'vitest'
import { generatePaystubs } from '../src/data/generatePaystubs.js'
import { generateProfile } from '../src/data/generateProfile.js'
import { generateShifts } from '../src/data/generateShifts.js'

const created = new Date('2025-03-14T15:00:00Z')
const revisions = { identity: 0, employment: 0, income: 0, paystubs: {}, shifts: {} }

describe('generated account data', () => {
  it('is the same for the same account id and differs between accounts', () => {
    const a = generateProfile('acct-a', created, 'Acme', revisions)
    expect(generateProfile('acct-a', created, 'Acme', revisions)).toEqual(a)
    expect(generateProfile('acct-b', created, 'Acme', revisions).identity).not.toEqual(a.identity)
    const stubs = generatePaystubs('acct-a', created, created, a.income, {})
    expect(generatePaystubs('acct-a', created, created, a.income, {})).toEqual(stubs)
    expect(generateShifts('acct-a', created, created, a.income, {})).toEqual(
      generateShifts('acct-a', created, created, a.income, {}),
    )
  })

  it('keeps past paystubs identical when asked later, only adding new ones', () => {
    const { income } = generateProfile('acct-c', created, 'Acme', revisions)
    const now = generatePaystubs('acct-c', created, created, income, {})
    const later = generatePaystubs('acct-c', created, new Date('2025-05-14T15:00:00Z'), income, {})
    expect(later.slice(later.length - now.length)).toEqual(now)
    expect(later.length).toBeGreaterThan(now.length)
  })

  it('adds up paystubs: year-to-date sums restart each January', () => {
    const { income } = generateProfile('acct-d', created, 'Acme', revisions)
    const stubs = generatePaystubs('acct-d', created, created, income, {}).reverse()
    const firstOf2025 = stubs.find((s) => s.pay_date.startsWith('2025'))
    expect(firstOf2025?.gross_pay_ytd).toBe(firstOf2025?.gross_pay_amount)
    for (const s of stubs) expect(s.total_taxes).toBe(s.taxes.reduce((n, t) => n + t.amount, 0))
  })
})
