import { useEffect, useState } from 'react'
import { playgroundApi } from './playgroundApi'

/** One resource of an account: its body, or the error message the API gave. */
export type Loaded = { ok: true; body: Record<string, unknown> } | { ok: false; message: string }

/** Everything the accounts view shows for one account. */
export interface AccountData {
  /** `GET /v1/accounts/{id}`. */
  account: Loaded
  /** `/identity`, `/income`, `/employment`, `/paystubs`, `/shifts`. */
  identity: Loaded
  income: Loaded
  employment: Loaded
  paystubs: Loaded
  shifts: Loaded
}

const parts = ['identity', 'income', 'employment', 'paystubs', 'shifts'] as const

async function load(path: string, signal: AbortSignal): Promise<Loaded> {
  try {
    return { ok: true, body: await playgroundApi<Record<string, unknown>>(path, { signal }) }
  } catch (error) {
    if (signal.aborted) throw error
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** Loads an account and its data through the backend's proxies; again whenever `version` changes. */
export function useAccountData(accountId: string | null, version: number): AccountData | null {
  const [data, setData] = useState<{ id: string; data: AccountData } | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger.
  useEffect(() => {
    if (!accountId) return
    const controller = new AbortController()
    const base = `/api/accounts/${encodeURIComponent(accountId)}`
    Promise.all([
      load(base, controller.signal),
      ...parts.map((part) =>
        load(
          `${base}/${part}${part === 'paystubs' || part === 'shifts' ? '?limit=5' : ''}`,
          controller.signal,
        ),
      ),
    ]).then(
      ([account, identity, income, employment, paystubs, shifts]) => {
        setData({
          id: accountId,
          data: {
            account: account!,
            identity: identity!,
            income: income!,
            employment: employment!,
            paystubs: paystubs!,
            shifts: shifts!,
          },
        })
      },
      () => {},
    )
    return () => controller.abort()
  }, [accountId, version])
  return data && data.id === accountId ? data.data : null
}
