import { describe, expect, it } from 'vitest'
import { markdownTable } from '../src/markdownTable'

describe('markdownTable', () => {
  it('right-aligns numeric columns and formats thousands', () => {
    expect(markdownTable(['entry', 'gzip (B)'], [['a', 13635]])).toBe(
      ['| entry | gzip (B) |', '| --- | ---: |', '| a | 13,635 |'].join('\n'),
    )
  })

  it('escapes pipes inside cells', () => {
    expect(markdownTable(['x'], [['a | b']])).toContain('a \\| b')
  })
})
