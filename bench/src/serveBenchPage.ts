import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A running page server: its origin and how to stop it. */
export interface BenchPageServer {
  /** e.g. `http://127.0.0.1:41234`. */
  origin: string
  close(): Promise<void>
}

/**
 * Serves the bench page on 127.0.0.1 at a free port: `/` (and any path) is the HTML shell,
 * `/<name>.js` the bundles passed in. Its origin differs from the mock API's by port, so the Link
 * script loads cross-origin as it does from Pinwheel's CDN.
 */
export function serveBenchPage(bundles: Record<string, string>): Promise<BenchPageServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const bundle = /^\/([\w-]+)\.js$/.exec(url.pathname)?.[1]
    if (bundle !== undefined) {
      const body = bundles[bundle]
      response.writeHead(body === undefined ? 404 : 200, {
        'content-type': 'text/javascript; charset=utf-8',
      })
      response.end(body ?? '')
      return
    }
    const app = url.searchParams.get('bundle') ?? 'app'
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      `<!doctype html><html><head><meta charset="utf-8"><title>linkwheel bench</title></head>` +
        `<body><div id="root"></div><script type="module" src="/${app}.js"></script></body></html>`,
    )
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}
