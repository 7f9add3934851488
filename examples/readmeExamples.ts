import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** The READMEs whose code blocks are checked. */
export const readmes = [
  'README.md',
  'packages/core/README.md',
  'packages/react/README.md',
  'packages/sandbox-link/README.md',
  'packages/mock-api/README.md',
]

/** Languages of code that could run; blocks in others (sh, diff, plain) are not checked. */
const codeLanguages = new Set(['ts', 'tsx', 'js', 'jsx', 'typescript', 'javascript'])

/** One fenced block of a README and the marker comment before it. */
export interface ReadmeBlock {
  /** The README, relative to the root. */
  readme: string
  /** 1-based line of the opening fence. */
  line: number
  /** The fence's language. */
  language: string
  /** The code, without the fences, ending with a newline. */
  code: string
  /** Offsets of the code in the README text (for rewriting it). */
  start: number
  end: number
  /**
   * `<!-- example: path -->` (the block is that file, run by the examples project),
   * `<!-- fragment: why -->` (a piece of code not meant to run alone), or null.
   */
  marker: { kind: 'example'; path: string } | { kind: 'fragment'; reason: string } | null
}

const fence = /^```(\w*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm
const markerPattern = /<!--\s*(example|fragment):\s*(.*?)\s*-->\s*$/

/** The code blocks of one README text that hold runnable languages. */
export function readmeBlocks(readme: string, text: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = []
  for (const match of text.matchAll(fence)) {
    const language = match[1] ?? ''
    if (!codeLanguages.has(language)) continue
    const before = text.slice(0, match.index).trimEnd()
    const found = markerPattern.exec(before.slice(before.lastIndexOf('\n') + 1))
    const start = match.index + match[0].indexOf('\n') + 1
    blocks.push({
      readme,
      line: text.slice(0, match.index).split('\n').length,
      language,
      code: match[2] ?? '',
      start,
      end: start + (match[2] ?? '').length,
      marker: !found
        ? null
        : found[1] === 'example'
          ? { kind: 'example', path: found[2] ?? '' }
          : { kind: 'fragment', reason: found[2] ?? '' },
    })
  }
  return blocks
}

/** Reads a file of the repository as text. */
export function readRepoFile(path: string): string {
  return readFileSync(`${repoRoot}/${path}`, 'utf8')
}
