import type { Context } from 'hono'
import { parseBoundedJson } from './parseBoundedJson'

/**
 * Reads a request's JSON body within the JSON bounds (16 levels deep); an empty body is `null`.
 * The size is bounded before, by the route's body limit.
 *
 * @throws {import('./parseBoundedJson').BoundedJsonError} (the API answers it with a 400).
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '') return null
  return parseBoundedJson(text, { maxDepth: 16 })
}
