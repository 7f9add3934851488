import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LinkScriptErrorCode } from './LinkScriptError'
import type { LinkSessionErrorCode } from './LinkSessionError'

// Exhaustive: adding a code to either union without listing it here fails the type check.
const scriptCodes = { network: 1, timeout: 1, blocked: 1, missing_global: 1 } satisfies Record<
  LinkScriptErrorCode,
  1
>
const sessionCodes = {
  already_open: 1,
  missing_token: 1,
  token_fetch_failed: 1,
  token_expired: 1,
  token_used: 1,
  open_failed: 1,
  cancelled: 1,
} satisfies Record<LinkSessionErrorCode, 1>

describe('ERRORS.md', () => {
  it('has the section each error code links to', () => {
    const docs = readFileSync(join(__dirname, '../../ERRORS.md'), 'utf8')
    const headings = [...docs.matchAll(/^### (\S+)$/gm)].map((match) => match[1])
    for (const code of [...Object.keys(scriptCodes), ...Object.keys(sessionCodes)])
      expect(headings).toContain(code)
  })
})
