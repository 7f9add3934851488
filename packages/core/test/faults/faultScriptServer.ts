import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the fault script server (another origin than the test page, like a CDN). */
    faultScriptUrl: string
  }
}

/** What `GET /s/<key>.js` does; switched by `POST /mode/<key>/<mode>`. */
type Mode = 'ok' | '404' | '500' | 'hang' | 'no-global'

/** A Link script stand-in: each run defines a fresh `window.Pinwheel` instance. */
const okScript = `(() => {
  const instance = (window.__pinwheelRuns = (window.__pinwheelRuns || 0) + 1)
  window.__pinwheelCalls = window.__pinwheelCalls || []
  window.Pinwheel = {
    instance,
    open: async (params) => { window.__pinwheelCalls.push({ instance, call: 'open', params }) },
    close: async () => { window.__pinwheelCalls.push({ instance, call: 'close' }) },
  }
})()`

/**
 * Vitest globalSetup for core's Chromium fault tests: an HTTP server on loopback serving the Link
 * script per key in a chosen failure mode (404, 500, hanging, loading without a global), so a
 * test can make a fault and then clear it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const modes = new Map<string, Mode>()
  const requests = new Map<string, number>()
  const hanging = new Set<ServerResponse>()
  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*')
    response.setHeader('cache-control', 'no-store')
    const url = new URL(request.url ?? '/', 'http://fault.test')
    const control = /^\/mode\/([\w-]+)\/([\w-]+)$/.exec(url.pathname)
    if (control && request.method === 'POST') {
      modes.set(control[1]!, control[2] as Mode)
      response.writeHead(204).end()
      return
    }
    const counted = /^\/count\/([\w-]+)$/.exec(url.pathname)
    if (counted) {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(String(requests.get(counted[1]!) ?? 0))
      return
    }
    const script = /^\/s\/([\w-]+)\.js$/.exec(url.pathname)
    if (script) requests.set(script[1]!, (requests.get(script[1]!) ?? 0) + 1)
    if (!script) {
      response.writeHead(404).end()
      return
    }
    const mode = modes.get(script[1]!) ?? 'ok'
    if (mode === 'hang') {
      hanging.add(response)
      return
    }
    if (mode === '404' || mode === '500') {
      response.writeHead(Number(mode), { 'content-type': 'text/plain' }).end('fault')
      return
    }
    response.writeHead(200, { 'content-type': 'text/javascript' })
    response.end(mode === 'no-global' ? 'window.SomethingElse = {}' : okScript)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  project.provide('faultScriptUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
  return async () => {
    for (const response of hanging) response.destroy()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
