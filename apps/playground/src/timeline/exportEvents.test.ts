import type { LinkEventRecord } from '@linkwheel/react'
import { describe, expect, it } from 'vitest'
import { serializeEvents } from './exportEvents'

const records = [
  { id: 'a:1', seq: 1, sessionId: 's1', at: 1000, name: 'open', payload: {} },
  {
    id: 'a:2',
    seq: 2,
    sessionId: 's1',
    at: 2000,
    name: 'login',
    payload: { accountId: 'acc', platformId: 'plat_paycrest' },
  },
] as LinkEventRecord[]

describe('serializeEvents', () => {
  it('writes NDJSON: one parseable record per line, in order', () => {
    const text = serializeEvents(records, 'ndjson')
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.map((line) => JSON.parse(line))).toEqual(records)
    expect(text.endsWith('\n')).toBe(true)
  })

  it('writes JSON as one array', () => {
    expect(JSON.parse(serializeEvents(records, 'json'))).toEqual(records)
  })

  it('writes an empty log as an empty file or an empty array', () => {
    expect(serializeEvents([], 'ndjson')).toBe('')
    expect(JSON.parse(serializeEvents([], 'json'))).toEqual([])
  })
})
