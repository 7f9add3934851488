/** An answer of the Pinwheel API: its HTTP status and parsed JSON body (`null` when empty). */
export interface PinwheelReply {
  /** HTTP status. */
  status: number
  /** Parsed JSON body, with every occurrence of the API secret replaced by `[redacted]`. */
  body: unknown
}

/** Thrown when the Pinwheel (mock) API cannot be reached or answers something that is not JSON. */
export class PinwheelUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PinwheelUnavailableError'
  }
}

/** Options of {@link createPinwheelClient}. */
export interface PinwheelClientOptions {
  /** Base URL of the API, e.g. `http://127.0.0.1:4010`. */
  baseUrl: string
  /** Sent as `x-api-secret`; redacted from every answer. */
  apiSecret: string
  /** `Pinwheel-Version` header. @default '2023-11-22' */
  version?: string
  /** Give up on a request after this long. @default 10000 */
  timeoutMs?: number
  /** For tests. @default globalThis.fetch */
  fetch?: typeof fetch
}

/** A small server-side client of the Pinwheel REST API (the secret stays here). */
export interface PinwheelClient {
  /** Base URL it talks to. */
  readonly baseUrl: string
  /**
   * Sends one request. Resolves with any HTTP answer (4xx included, so callers can pass Pinwheel's
   * error through); rejects with {@link PinwheelUnavailableError} when nothing usable came back.
   */
  request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<PinwheelReply>
}

/** Replaces the secret wherever it appears in a JSON value. */
export function redactSecret(value: unknown, secret: string): unknown {
  if (secret === '') return value
  if (typeof value === 'string') return value.split(secret).join('[redacted]')
  if (Array.isArray(value)) return value.map((item) => redactSecret(item, secret))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactSecret(item, secret)]),
    )
  }
  return value
}

/** Creates a {@link PinwheelClient} for the playground's backend. */
export function createPinwheelClient(options: PinwheelClientOptions): PinwheelClient {
  const fetchImpl = options.fetch ?? globalThis.fetch
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? 10_000
  return {
    baseUrl,
    async request(method, path, body) {
      let response: Response
      try {
        response = await fetchImpl(`${baseUrl}${path}`, {
          method,
          headers: {
            'x-api-secret': options.apiSecret,
            'pinwheel-version': options.version ?? '2023-11-22',
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch (cause) {
        const reason = describeFetchFailure(cause)
        throw new PinwheelUnavailableError(
          `The mock Pinwheel API at ${baseUrl} did not answer (${reason}). It starts with \`pnpm dev\`: restart that command (or start it alone with \`pnpm start:mock-api\`), then try again.`,
          { cause },
        )
      }
      const text = await response.text()
      if (response.status === 401) return { status: 401, body: refusedSecretBody() }
      if (text === '') return { status: response.status, body: null }
      try {
        return { status: response.status, body: redactSecret(JSON.parse(text), options.apiSecret) }
      } catch (cause) {
        throw new PinwheelUnavailableError(
          `The API at ${baseUrl} answered ${method} ${path} with HTTP ${response.status} and a body that is not JSON: is something else listening on that port? Stop it, or set MOCK_API_PORT to a free port.`,
          { cause },
        )
      }
    },
  }
}

/**
 * What the backend answers when Pinwheel refuses its secret. Pinwheel's own text is not passed on:
 * a 401 text may name a secret (the mock's names its default), and callers of the playground must
 * learn nothing about secrets.
 */
function refusedSecretBody(): unknown {
  return {
    error: {
      type: 'UNAUTHORIZED_REQUEST',
      code: 'api_secret_refused',
      message:
        "Pinwheel refused the playground backend's API secret. Set PINWHEEL_API_SECRET to the secret the API (the mock: `pnpm dev` starts it) was started with, or unset it on both.",
      status_code: 401,
    },
  }
}

function describeFetchFailure(cause: unknown): string {
  if (cause instanceof Error) {
    if (cause.name === 'TimeoutError') return 'timed out'
    const code = (cause.cause as { code?: unknown } | undefined)?.code
    if (typeof code === 'string') return code
    return cause.message
  }
  return String(cause)
}
