import { existsSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { loopbackHostNames } from './http/allowedHosts'
import { guardNodeRequest } from './http/guardNodeRequest'

/** Options of {@link startPlaygroundServer}. */
export interface PlaygroundServerOptions {
  /** The backend (`/api/*`). */
  api: Hono
  /** The app's folder (holds `index.html`, `vite.config.ts` and, after a build, `dist/`). */
  root: string
  /** Port to listen on (0: any free port). */
  port: number
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string
  /** Host names answered to; any other `Host` gets 403. @default the loopback names */
  allowedHosts?: readonly string[]
  /** Serve the built `dist/` instead of the Vite dev server. @default false */
  preview?: boolean
  /** The build to serve in preview. @default `${root}/dist` */
  distDir?: string
}

/** A running playground server. */
export interface PlaygroundServer {
  /** The Node server. */
  server: Server
  /** The port it listens on. */
  port: number
  /** Stops the server (and Vite). */
  close(): Promise<void>
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is already in use (another \`pnpm dev\`?). Stop that process, or set PLAYGROUND_PORT to a free port.`,
              { cause: error },
            )
          : error,
      )
    }
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      resolve()
    })
  })
}

const isApiPath = (url: string) =>
  url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')

/**
 * Starts the playground's HTTP server on loopback (unless `host` says otherwise). Every request
 * first passes `guardNodeRequest` (allowed `Host`, body limit); then `/api` goes to the Hono
 * backend (unknown paths: its JSON 404), everything else to the Vite dev server in middleware
 * mode (HMR on the same port, files only from the app and the workspace packages), or with
 * `preview` to the files of the build (no source maps; `index.html` as the fallback).
 */
export async function startPlaygroundServer(
  options: PlaygroundServerOptions,
): Promise<PlaygroundServer> {
  const apiListener = getRequestListener(options.api.fetch)
  const allowedHosts = new Set(options.allowedHosts ?? loopbackHostNames)
  const server = createServer()
  let closeVite: () => Promise<void> = async () => {}
  let pageListener: (req: IncomingMessage, res: ServerResponse) => void

  if (options.preview) {
    const dist = options.distDir ?? join(options.root, 'dist')
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(
        `No build in ${dist}: run \`pnpm --filter @linkwheel/playground build\` (or \`pnpm build\`) before the preview.`,
      )
    }
    const web = new Hono()
    // Source maps would hand out the sources: none is served, even one left in the build.
    web.use('*', async (c, next) => {
      if (c.req.path.endsWith('.map')) return c.text('Not found', 404)
      await next()
      return undefined
    })
    web.use('/*', serveStatic({ root: dist }))
    web.get('*', serveStatic({ path: join(dist, 'index.html') }))
    const webListener = getRequestListener(web.fetch)
    pageListener = (req, res) => void webListener(req, res)
  } else {
    const { createServer: createViteServer } = await import('vite')
    const repo = join(options.root, '..', '..')
    const vite = await createViteServer({
      root: options.root,
      configFile: join(options.root, 'vite.config.ts'),
      appType: 'spa',
      server: {
        middlewareMode: true,
        ws: { server },
        // The embedded database writes there all the time: not page sources.
        watch: { ignored: ['**/.data/**'] },
        allowedHosts: [...allowedHosts].map((name) => name.replace(/^\[|\]$/g, '')),
        fs: {
          strict: true,
          allow: [options.root, join(repo, 'packages'), join(repo, 'node_modules')],
        },
      },
    })
    closeVite = () => vite.close()
    pageListener = (req, res) =>
      vite.middlewares(req, res, () => {
        res.statusCode = 404
        res.end('Not found')
      })
  }
  server.on('request', (req, res) => {
    if (guardNodeRequest(req, res, allowedHosts)) return
    if (isApiPath(req.url ?? '/')) void apiListener(req, res)
    else pageListener(req, res)
  })

  try {
    await listen(server, options.port, options.host ?? '127.0.0.1')
  } catch (error) {
    await closeVite()
    throw error
  }
  const address = server.address()
  return {
    server,
    port: typeof address === 'object' && address ? address.port : options.port,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeVite()
    },
  }
}
