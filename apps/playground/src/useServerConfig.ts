import { useEffect, useState } from 'react'
import type { PlaygroundClientConfig } from '../server/createPlaygroundApi'
import { playgroundApi } from './playgroundApi'

/** The page's runtime config: loading, loaded, or the error that says what to do. */
export type ServerConfigState =
  | { status: 'loading' }
  | { status: 'ready'; config: PlaygroundClientConfig }
  | { status: 'error'; message: string }

/** Loads `/api/config` (script URL, jobs, employers, platforms) once. */
export function useServerConfig(): ServerConfigState {
  const [state, setState] = useState<ServerConfigState>({ status: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    playgroundApi<PlaygroundClientConfig>('/api/config', { signal: controller.signal }).then(
      (config) => setState({ status: 'ready', config }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        })
      },
    )
    return () => controller.abort()
  }, [])
  return state
}
