import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/** Options of {@link startPlaygroundServer}. */
export interface PlaygroundServerOptions {
  /** The backend (`/api/*`). */
  api: Hono
  /** The app's folder (holds `index.html`, `vite.config.ts` and, after a build, `dist/`). */
  root: string
  /** Port to listen on (all interfaces, so both `localhost` and `127.0.0.1` reach it). */
  port: number
  /** Serve the built `dist/` instead of the Vite dev server. @default false */
  preview?: boolean
}

/** A running playground server. */
export interface PlaygroundServer {
  /** The Node server. */
  server: Server
  /** Stops the server (and Vite). */
  close(): Promise<void>
}

function listen(server: Server, port: number): Promise<void> {
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
    server.listen(port, () => {
      server.off('error', onError)
      resolve()
    })
  })
}

/**
 * Starts the playground's HTTP server: `/api/*` goes to the Hono backend; everything else to the
 * Vite dev server in middleware mode (with HMR on the same port), or with `preview` to the files
 * of `dist/` with `index.html` as the fallback.
 */
export async function startPlaygroundServer(
  options: PlaygroundServerOptions,
): Promise<PlaygroundServer> {
  const apiListener = getRequestListener(options.api.fetch)
  const server = createServer()
  let closeVite: () => Promise<void> = async () => {}

  if (options.preview) {
    const dist = join(options.root, 'dist')
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(
        `No build in ${dist}: run \`pnpm --filter @linkwheel/playground build\` (or \`pnpm build\`) before the preview.`,
      )
    }
    const web = new Hono()
    web.route('/', options.api)
    web.use('/*', serveStatic({ root: dist }))
    web.get('*', serveStatic({ path: join(dist, 'index.html') }))
    server.on('request', getRequestListener(web.fetch))
  } else {
    const { createServer: createViteServer } = await import('vite')
    const vite = await createViteServer({
      root: options.root,
      configFile: join(options.root, 'vite.config.ts'),
      appType: 'spa',
      server: { middlewareMode: true, hmr: { server } },
    })
    closeVite = () => vite.close()
    server.on('request', (req, res) => {
      if (req.url?.startsWith('/api/')) {
        void apiListener(req, res)
        return
      }
      vite.middlewares(req, res, () => {
        res.statusCode = 404
        res.end('Not found')
      })
    })
  }

  try {
    await listen(server, options.port)
  } catch (error) {
    await closeVite()
    throw error
  }
  return {
    server,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closeVite()
    },
  }
}
