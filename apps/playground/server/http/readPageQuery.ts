import type { Context } from 'hono'
import { type PlaygroundErrorBody, playgroundError } from '../PlaygroundApiError'

/** Largest page any list answers. */
export const maxPageSize = 100

/** A list query: at most `limit` items, after `cursor` (a previous page's `meta.next_cursor`). */
export interface PageQuery {
  /** Items per page, 1 to {@link maxPageSize}. */
  limit: number
  /** Start after this position; `undefined` for the first page. */
  cursor: number | undefined
}

/**
 * Reads `?limit=` (1–100, default `defaultLimit`) and `?cursor=` (a previous `meta.next_cursor`) of a
 * list request; an invalid value answers a 400 body naming the field.
 */
export function readPageQuery(
  c: Context,
  defaultLimit = 50,
): { ok: true; query: PageQuery } | { ok: false; body: PlaygroundErrorBody } {
  const limitText = c.req.query('limit')
  const cursorText = c.req.query('cursor')
  const limit = limitText === undefined ? defaultLimit : Number(limitText)
  const fields: { field: string; message: string }[] = []
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    fields.push({ field: 'limit', message: `limit is a whole number from 1 to ${maxPageSize}.` })
  }
  const cursor = cursorText === undefined || cursorText === '' ? undefined : Number(cursorText)
  if (cursor !== undefined && (!Number.isSafeInteger(cursor) || cursor < 0)) {
    fields.push({ field: 'cursor', message: 'cursor is meta.next_cursor of the previous page.' })
  }
  if (fields.length > 0) {
    const body = playgroundError(
      400,
      'INVALID_REQUEST_PARAMETERS',
      'invalid_page',
      `Fix these list parameters: ${fields.map((f) => f.field).join(', ')}.`,
    )
    body.error.fields = fields
    return { ok: false, body }
  }
  return { ok: true, query: { limit, cursor } }
}
