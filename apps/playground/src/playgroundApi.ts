/** An `/api/*` call failed; `message` says what happened and what to do. */
export class PlaygroundRequestError extends Error {
  /** HTTP status (0: the playground server itself did not answer). */
  readonly status: number
  /** Pinwheel's (or the playground's) error code, e.g. `mock_api_unreachable`. */
  readonly code: string
  /** Rejected fields, when the API listed them. */
  readonly fields: { field: string; message: string }[]

  constructor(
    message: string,
    status: number,
    code: string,
    fields: { field: string; message: string }[] = [],
  ) {
    super(message)
    this.name = 'PlaygroundRequestError'
    this.status = status
    this.code = code
    this.fields = fields
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown }
}

/**
 * Calls the playground backend and returns its JSON; an error answer (Pinwheel's shape) or a
 * network failure rejects with a {@link PlaygroundRequestError} whose message can be shown as is.
 */
export async function playgroundApi<T>(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response
  try {
    const method = init.method ?? 'GET'
    // The backend takes state-changing calls only as JSON, with the page's same-origin header.
    const post = method === 'POST'
    response = await fetch(path, {
      method,
      headers: post ? { 'content-type': 'application/json', 'x-linkwheel-playground': '1' } : {},
      ...(post ? { body: JSON.stringify(init.body ?? {}) } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new PlaygroundRequestError(
      'The playground server is not answering: is `pnpm dev` still running? Start it again, then reload.',
      0,
      'playground_unreachable',
    )
  }
  const text = await response.text()
  let body: unknown = null
  try {
    body = text === '' ? null : JSON.parse(text)
  } catch {
    body = null
  }
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error
    const message =
      typeof error?.message === 'string'
        ? error.message
        : `The playground server answered ${path} with HTTP ${response.status}.`
    const fields = Array.isArray(error?.fields)
      ? (error.fields as { field: string; message: string }[])
      : []
    throw new PlaygroundRequestError(
      message,
      response.status,
      typeof error?.code === 'string' ? error.code : 'http_error',
      fields,
    )
  }
  return body as T
}
