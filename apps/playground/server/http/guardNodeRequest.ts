import type { IncomingMessage, ServerResponse } from 'node:http'
import { hostNameOf } from './allowedHosts'

/** Largest body any route takes (the webhook receiver's), in bytes. */
export const maxRequestBodyBytes = 262_144

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' })
  res.end(
    JSON.stringify({
      error: { type: 'UNAUTHORIZED_REQUEST', code, message, status_code: status },
    }),
  )
}

/**
 * The checks in front of every request, the page's files included: the `Host` must be an allowed
 * name (403 otherwise: DNS rebinding gives a foreign page the right address but the wrong name);
 * no body may exceed {@link maxRequestBodyBytes}, and `GET` and `HEAD` have none (413); outside
 * `/api`, only `GET` and `HEAD`. Answers `true` when it refused the request (and answered it).
 */
export function guardNodeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  allowedHosts: ReadonlySet<string>,
): boolean {
  const hostName = hostNameOf(req.headers.host)
  if (!hostName || !allowedHosts.has(hostName)) {
    refuse(
      res,
      403,
      'host_not_allowed',
      'This server answers only to its own host names: open it as http://localhost:<port>, or list the name in PLAYGROUND_ALLOWED_HOSTS.',
    )
    return true
  }
  const length = Number(req.headers['content-length'] ?? 0)
  const path = req.url ?? '/'
  const isApi = path === '/api' || path.startsWith('/api/') || path.startsWith('/api?')
  const hasBody = length > 0 || req.headers['transfer-encoding'] !== undefined
  const readOnly = req.method === 'GET' || req.method === 'HEAD'
  if (length > maxRequestBodyBytes || ((readOnly || !isApi) && hasBody)) {
    refuse(res, 413, 'payload_too_large', `Bodies are limited to ${maxRequestBodyBytes} bytes.`)
    return true
  }
  if (!isApi && req.method !== 'GET' && req.method !== 'HEAD') {
    refuse(res, 405, 'method_not_allowed', 'The page is read with GET.')
    return true
  }
  return false
}
