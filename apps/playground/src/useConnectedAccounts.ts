import { useCallback, useEffect, useState } from 'react'
import type { ConnectedAccount, WebhookEntry } from '../server/createWebhookInbox'
import { playgroundApi } from './playgroundApi'

/**
 * The accounts the backend learnt from webhooks (`GET /api/accounts`), fetched again whenever a
 * webhook about an account arrives.
 */
export function useConnectedAccounts(webhooks: readonly WebhookEntry[]): {
  accounts: ConnectedAccount[]
  error: string | null
  loaded: boolean
} {
  const [accounts, setAccounts] = useState<ConnectedAccount[]>([])
  const [error, setError] = useState<string | null>(null)
  const [loaded, setLoaded] = useState(false)
  const load = useCallback((signal: AbortSignal) => {
    playgroundApi<{ data: ConnectedAccount[] }>('/api/accounts', { signal }).then(
      (body) => {
        setAccounts(body.data)
        setError(null)
        setLoaded(true)
      },
      (reason: unknown) => {
        if (!signal.aborted) setError(reason instanceof Error ? reason.message : String(reason))
      },
    )
  }, [])
  const lastSeq = webhooks.at(-1)?.seq ?? 0
  // biome-ignore lint/correctness/useExhaustiveDependencies: refetch on each new webhook.
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load, lastSeq])
  return { accounts, error, loaded }
}
