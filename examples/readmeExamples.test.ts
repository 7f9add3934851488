// @vitest-environment node
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readmeBlocks, readmes, readRepoFile, repoRoot } from './readmeExamples'

const blocks = readmes.flatMap((readme) => readmeBlocks(readme, readRepoFile(readme)))

describe('README code blocks', () => {
  it('finds the examples in every README', () => {
    expect(blocks.filter((block) => block.marker?.kind === 'example').length).toBeGreaterThan(8)
  })

  it('marks every TypeScript block as an example file (run by a test) or as a fragment', () => {
    const unmarked = blocks
      .filter((block) => block.marker === null)
      .map((block) => `${block.readme}:${block.line}`)
    expect(
      unmarked,
      'precede each block with <!-- example: path --> or <!-- fragment: why -->',
    ).toEqual([])
  })

  for (const block of blocks) {
    const marker = block.marker
    if (marker?.kind !== 'example') continue
    it(`${block.readme}:${block.line} is ${marker.path}, which a test runs`, () => {
      expect(existsSync(`${repoRoot}/${marker.path}`)).toBe(true)
      expect(block.code, 'run `pnpm docs:examples` to copy the file into the README').toBe(
        readRepoFile(marker.path),
      )
      const test = marker.path.replace(/\.(tsx?)$/, '.test.$1')
      const tsxTest = marker.path.replace(/\.ts$/, '.test.tsx')
      expect(
        marker.path.includes('.test.') ||
          existsSync(`${repoRoot}/${test}`) ||
          existsSync(`${repoRoot}/${tsxTest}`),
        `${marker.path} needs a test next to it`,
      ).toBe(true)
    })
  }
})
