import type { PinwheelApiVersion } from '../internal/apiVersions.js'
import type { TokenAllocation } from '../internal/state.js'
import type { LinkTokenJob } from '../webhooks/webhookEvents.js'
import { linkTokenBody2025 } from './linkTokenBody2025.js'
import { linkTokenBodyClassic } from './linkTokenBodyClassic.js'

/** A `POST /v1/link_tokens` body of any version, in one shape. */
export interface LinkTokenRequest {
  orgName: string
  jobs: LinkTokenJob[]
  endUserId: string | null
  accountId: string | null
  employerId: string | null
  platformId: string | null
  language: 'en' | 'es'
  skipIntroScreen: boolean
  targets: TokenAllocation[]
  fixedAmount: number | null
  disableSplitting: boolean
  tags: Record<string, string>
}

type Parsed =
  | { ok: true; request: LinkTokenRequest }
  | { ok: false; issues: import('zod').z.core.$ZodIssue[] }

/**
 * Validates a link token body with the schema of its `Pinwheel-Version` (2025-07-08, or the classic
 * form of 2022-03-02 … 2023-11-22) and returns it in one shape.
 */
export function parseLinkTokenBody(version: PinwheelApiVersion, body: unknown): Parsed {
  const result =
    version === '2025-07-08'
      ? linkTokenBody2025.safeParse(body)
      : linkTokenBodyClassic.safeParse(body)
  if (!result.success) return { ok: false, issues: result.error.issues }
  const b = result.data
  if ('solution' in b) {
    return {
      ok: true,
      request: {
        ...common(b),
        jobs: (b.features ?? []) as LinkTokenJob[],
        targets: (b.allocation?.targets ?? []).map((t) => ({
          name: t.name ?? null,
          account_type: t.type,
          routing_number: t.routing_number,
          account_number: t.account_number,
        })),
        fixedAmount: b.allocation?.value ?? null,
      },
    }
  }
  const { account_type: type, routing_number: routing, account_number: number } = b
  return {
    ok: true,
    request: {
      ...common(b),
      jobs: b.required_jobs,
      targets:
        type && routing && number
          ? [{ name: null, account_type: type, routing_number: routing, account_number: number }]
          : [],
      fixedAmount: b.amount ?? null,
    },
  }
}

function common(b: {
  org_name: string
  end_user_id?: string | undefined
  account_id?: string | undefined
  employer_id?: string | undefined
  platform_id?: string | undefined
  language?: 'en' | 'es' | undefined
  skip_intro_screen?: boolean | undefined
  disable_direct_deposit_splitting?: boolean | undefined
  tags?: Record<string, string> | undefined
}) {
  return {
    orgName: b.org_name,
    endUserId: b.end_user_id ?? null,
    accountId: b.account_id ?? null,
    employerId: b.employer_id ?? null,
    platformId: b.platform_id ?? null,
    language: b.language ?? 'en',
    skipIntroScreen: b.skip_intro_screen ?? false,
    disableSplitting: b.disable_direct_deposit_splitting ?? false,
    tags: b.tags ?? {},
  }
}
