import { request } from 'node:http'

/** An answer read by {@link sendHttp}. */
export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers
  json: any
}

/**
 * One HTTP/1.1 request to 127.0.0.1:`port` with exactly the headers given (a foreign `Host`
 * included, which `fetch` would not send), the body as bytes or text.
 */
export function sendHttp(
  port: number,
  init: {
    method?: string
    path: string
    headers?: Record<string, string>
    body?: string | Uint8Array
  },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: init.method ?? 'GET',
        path: init.path,
        headers: {
          host: `localhost:${port}`,
          // Node frames a GET body only when told its length.
          ...(init.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(init.body)) }),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: unknown = null
          try {
            json = text ? JSON.parse(text) : null
          } catch {
            json = null
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(init.body)
  })
}
