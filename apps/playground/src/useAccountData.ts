import { useEffect, useState } from 'react'
import { playgroundApi } from './playgroundApi'

/**
 * One resource of an account: its body, the error message the API gave, or `not-pulled` when the
 * account's link token never asked for that job (so there is nothing to fetch).
 */
export type Loaded =
  | { state: 'ok'; body: Record<string, unknown> }
  | { state: 'error'; message: string }
  | { state: 'not-pulled' }

/** The data the accounts view shows, one entry per job with its own endpoint. */
export const accountParts = ['identity', 'employment', 'income', 'paystubs', 'shifts'] as const

/** One of {@link accountParts}. */
export type AccountPart = (typeof accountParts)[number]

/** Everything the accounts view shows for one account. */
export interface AccountData {
  /** `GET /v1/accounts/{id}`. */
  account: Record<string, unknown>
  /** `/identity`, `/income`, `/employment`, `/paystubs`, `/shifts`. */
  parts: Record<AccountPart, Loaded>
}

/** Where {@link useAccountData} is. */
export type AccountDataState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: AccountData }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function loadPart(path: string, signal: AbortSignal): Promise<Loaded> {
  try {
    return { state: 'ok', body: await playgroundApi<Record<string, unknown>>(path, { signal }) }
  } catch (error) {
    if (signal.aborted) throw error
    return { state: 'error', message: messageOf(error) }
  }
}

/** The jobs whose data Pinwheel has pulled for the account (`data_refreshed_at` not null). */
function pulledJobs(account: Record<string, unknown>): Set<string> {
  const refreshed = account.data_refreshed_at
  if (refreshed === null || typeof refreshed !== 'object') return new Set()
  return new Set(
    Object.entries(refreshed as Record<string, unknown>)
      .filter(([, at]) => typeof at === 'string')
      .map(([job]) => job),
  )
}

async function loadAccount(accountId: string, signal: AbortSignal): Promise<AccountData> {
  const base = `/api/accounts/${encodeURIComponent(accountId)}`
  const body = await playgroundApi<{ data: Record<string, unknown> }>(base, { signal })
  const pulled = pulledJobs(body.data)
  const loaded = await Promise.all(
    accountParts.map((part) =>
      pulled.has(part)
        ? loadPart(
            `${base}/${part}${part === 'paystubs' || part === 'shifts' ? '?limit=5' : ''}`,
            signal,
          )
        : Promise.resolve<Loaded>({ state: 'not-pulled' }),
    ),
  )
  const parts = Object.fromEntries(
    accountParts.map((part, index) => [part, loaded[index]!]),
  ) as Record<AccountPart, Loaded>
  return { account: body.data, parts }
}

/**
 * Loads an account, then only the data of the jobs it ran (asking for the others would only get
 * 404s); again whenever `version` changes. The state always belongs to `accountId`.
 */
export function useAccountData(accountId: string | null, version: number): AccountDataState {
  const [state, setState] = useState<{ key: string; state: AccountDataState } | null>(null)
  const key = `${accountId}#${version}`
  useEffect(() => {
    if (!accountId) return
    const controller = new AbortController()
    loadAccount(accountId, controller.signal).then(
      (data) => setState({ key, state: { status: 'ready', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ key, state: { status: 'error', message: messageOf(error) } })
        }
      },
    )
    return () => controller.abort()
  }, [accountId, key])
  if (state && state.key === key) return state.state
  // While a refresh reloads the same account, keep showing what is on screen.
  if (state?.key.startsWith(`${accountId}#`) && state.state.status === 'ready') {
    return state.state
  }
  return { status: 'loading' }
}
