import { decodeLinkToken } from '../session/decodeLinkToken'
import type { LinkSessionMode } from './types'

/** What a session summary learns from its Link token; the token itself is never kept. */
export interface LinkTokenFacts {
  /** The jobs the token asks for; `[]` when the token is opaque or names none. */
  jobs: string[]
  /** The mode the claims decide, or `undefined` when the events must decide. */
  mode: LinkSessionMode | undefined
  /** The `account_id` claim of an On Demand Update token, else `undefined`. */
  accountId: string | undefined
}

const named = (claim: unknown): claim is string => typeof claim === 'string' && claim !== ''

/** A jobs claim: an array of names or a comma-separated string (both forms exist). */
function jobsOf(claim: unknown): string[] | undefined {
  if (Array.isArray(claim)) return claim.filter(named)
  return named(claim)
    ? claim
        .split(',')
        .map((job) => job.trim())
        .filter(Boolean)
    : undefined
}

/**
 * Reads a Link token's readable JWT claims: the jobs (`required_jobs`, or `features` in newer API
 * versions; the mock API signs them as `jobs`) and the mode (`account_id`: an On Demand Update;
 * `employer_id` / `platform_id`: a connect that skips the search, so no `select_*` event will tell).
 */
export function linkTokenFacts(linkToken: string | undefined): LinkTokenFacts {
  const claims = typeof linkToken === 'string' ? decodeLinkToken(linkToken) : null
  if (!claims) return { jobs: [], mode: undefined, accountId: undefined }
  const jobs = jobsOf(claims.required_jobs) ?? jobsOf(claims.features) ?? jobsOf(claims.jobs) ?? []
  const accountId = named(claims.account_id) ? claims.account_id : undefined
  const mode = accountId
    ? 'on_demand_update'
    : named(claims.employer_id) || named(claims.platform_id)
      ? 'connect'
      : undefined
  return { jobs, mode, accountId }
}
