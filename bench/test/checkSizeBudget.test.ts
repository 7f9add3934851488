import { describe, expect, it } from 'vitest'
import { checkSizeBudget, parseSizeBudget } from '../src/checkSizeBudget'
import type { MeasuredEntry } from '../src/measureSizeEntries'

const entry = (id: string, gzip: number, kind: 'ours' | 'peer' = 'ours'): MeasuredEntry => ({
  id,
  label: id,
  source: `export * from '${id}'`,
  kind,
  needs: null,
  version: '1.0.0',
  ok: true,
  size: { minified: gzip * 2, gzip, brotli: gzip - 10, packages: [], inputs: [] },
})

describe('checkSizeBudget', () => {
  it('passes entries at or under their budget', () => {
    expect(checkSizeBudget({ budgets: { a: { gzip: 100 } } }, [entry('a', 100)])).toEqual([])
  })

  it('reports an entry over budget with the overshoot in bytes', () => {
    const [violation] = checkSizeBudget({ budgets: { a: { gzip: 100 } } }, [entry('a', 130)])
    expect(violation?.message).toBe('a: gzip 130 B exceeds the budget of 100 B by 30 B')
  })

  it('fails a budgeted entry that could not be measured', () => {
    const broken: MeasuredEntry = { ...entry('a', 1), ok: false, reason: 'dist missing' }
    const violations = checkSizeBudget({ budgets: { a: { gzip: 100 } } }, [broken])
    expect(violations.map((v) => v.message)).toEqual(['a: could not be measured (dist missing)'])
  })

  it('fails a budget that names no known entry', () => {
    expect(checkSizeBudget({ budgets: { typo: { gzip: 1 } } }, [])[0]?.message).toContain(
      'no such entry',
    )
  })

  it('checks smallerThanPeers against every peer', () => {
    const measured = [
      entry('ours', 150),
      entry('small-peer', 120, 'peer'),
      entry('big-peer', 900, 'peer'),
    ]
    const violations = checkSizeBudget({ budgets: {}, smallerThanPeers: ['ours'] }, measured)
    expect(violations.map((v) => v.message)).toEqual([
      'ours: 150 B gzip is not smaller than small-peer (120 B)',
    ])
  })
})

describe('parseSizeBudget', () => {
  it('rejects a budget that is not a positive byte count, naming the key', () => {
    expect(() => parseSizeBudget({ budgets: { a: { gzip: -1 } } })).toThrow(/budgets\.a\.gzip/)
  })

  it('rejects a file without budgets', () => {
    expect(() => parseSizeBudget({})).toThrow(/"budgets"/)
  })

  it('reads the committed size-budget.json', async () => {
    const { default: json } = await import('../size-budget.json', { with: { type: 'json' } })
    expect(parseSizeBudget(json).budgets.PinwheelLink?.gzip).toBeGreaterThan(0)
  })
})
