import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isLinkwheelError } from '../errors/LinkwheelError'
import { createLinkEventStore } from './createLinkEventStore'
import type { LinkEventStoreErrorCode } from './storeError'

// Exhaustive: a code added to the union without being listed here fails the type check.
const codes = { invalid_session_id: 1, invalid_store_option: 1 } satisfies Record<
  LinkEventStoreErrorCode,
  1
>

describe('store errors', () => {
  it('are LinkwheelErrors with a code, a message saying what to do, and the docs link', () => {
    const thrown = (fn: () => unknown) => {
      try {
        fn()
      } catch (error) {
        return error
      }
      throw new Error('did not throw')
    }
    const badId = thrown(() => createLinkEventStore().getState().record('', 'open', {}))
    expect(isLinkwheelError(badId) && badId.code).toBe('invalid_session_id')
    expect(String((badId as Error).message)).toMatch(
      /sessionId must be a non-empty string.*#invalid_session_id$/,
    )
    const badOption = thrown(() => createLinkEventStore({ maxEvents: -1 }))
    expect(isLinkwheelError(badOption) && badOption.code).toBe('invalid_store_option')
  })

  it('each have the ERRORS.md section their link points to', () => {
    const docs = readFileSync(join(__dirname, '../../ERRORS.md'), 'utf8')
    const headings = [...docs.matchAll(/^### (\S+)$/gm)].map((match) => match[1])
    for (const code of Object.keys(codes)) expect(headings).toContain(code)
  })
})
