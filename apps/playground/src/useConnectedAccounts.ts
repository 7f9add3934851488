import { useCallback, useEffect, useState } from 'react'
import type { ConnectedAccount, WebhookEntry } from '../server/createWebhookInbox'
import { useAccountsChanges } from './accountsChanged'
import { fetchAllPages } from './fetchAllPages'

/**
 * The accounts the backend knows (`GET /api/accounts`, every page), fetched again whenever a
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
    fetchAllPages<ConnectedAccount>('/api/accounts', { signal }).then(
      (all) => {
        setAccounts(all)
        setError(null)
        setLoaded(true)
      },
      (reason: unknown) => {
        if (!signal.aborted) setError(reason instanceof Error ? reason.message : String(reason))
      },
    )
  }, [])
  const lastSeq = webhooks.at(-1)?.seq ?? 0
  const changes = useAccountsChanges()
  // biome-ignore lint/correctness/useExhaustiveDependencies: refetch on each new webhook or reconcile.
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load, lastSeq, changes])
  return { accounts, error, loaded }
}
