import { playgroundApi } from './playgroundApi'

/** A page of a backend list: `data` and the cursor of the next page. */
interface ListPage<T> {
  data: T[]
  meta?: { next_cursor?: string | null }
}

/**
 * Reads every page of a paged backend list (`?limit=&cursor=`, `meta.next_cursor`), up to
 * `maxPages` pages of 100, and answers the items in order.
 */
export async function fetchAllPages<T>(
  path: string,
  options: { signal?: AbortSignal; maxPages?: number } = {},
): Promise<T[]> {
  const items: T[] = []
  const separator = path.includes('?') ? '&' : '?'
  let cursor: string | null = null
  for (let page = 0; page < (options.maxPages ?? 20); page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const body: ListPage<T> = await playgroundApi<ListPage<T>>(
      `${path}${separator}limit=100${query}`,
      options.signal ? { signal: options.signal } : {},
    )
    items.push(...body.data)
    cursor = body.meta?.next_cursor ?? null
    if (!cursor) break
  }
  return items
}
