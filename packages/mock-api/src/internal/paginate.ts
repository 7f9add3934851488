import { z } from 'zod'

/** Query parameters every list endpoint takes. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number('limit must be a whole number from 1 to 100.')
    .int('limit must be a whole number from 1 to 100.')
    .min(1, 'limit must be at least 1.')
    .max(100, 'limit must be at most 100.')
    .default(25),
  cursor: z.string().min(1, 'cursor must be a next_cursor value from a previous page.').optional(),
})

/** A list sort key: records are ordered by `[primary, id]`, both descending. */
export type SortKey = [string, string]

const compare = (a: SortKey, b: SortKey) =>
  a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1

function decodeCursor(cursor: string): SortKey | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string')) {
      return key as SortKey
    }
  } catch {}
  return undefined
}

/**
 * One page of `items` (ordered newest first by `keyOf`), after `cursor`. The cursor names the last
 * record returned, so pages stay stable while records are added or deleted in between.
 *
 * @returns the page, or `undefined` when the cursor is not one this API issued.
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => SortKey,
  limit: number,
  cursor: string | undefined,
): { page: T[]; nextCursor: string | null } | undefined {
  const sorted = [...items].sort((a, b) => compare(keyOf(b), keyOf(a)))
  let start = 0
  if (cursor !== undefined) {
    const after = decodeCursor(cursor)
    if (!after) return undefined
    start = sorted.findIndex((item) => compare(keyOf(item), after) < 0)
    if (start === -1) start = sorted.length
  }
  const page = sorted.slice(start, start + limit)
  const last = page.at(-1)
  const more = start + limit < sorted.length
  return {
    page,
    nextCursor:
      more && last ? Buffer.from(JSON.stringify(keyOf(last))).toString('base64url') : null,
  }
}
