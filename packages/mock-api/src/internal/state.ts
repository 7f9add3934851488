import type { LinkLanguage } from '@linkwheel/sandbox-link'
import type {
  AllocationsFields,
  DataJob,
  EmploymentFields,
  IdentityFields,
  IncomeFields,
  PaystubFields,
  ShiftFields,
} from '../data/dataTypes.js'

/** Account monitoring states (Recurring Access). */
export const monitoringStatuses = [
  'active',
  'degraded',
  'user_action_required',
  'customer_disabled',
  'unavailable',
] as const

/** Whether Pinwheel currently refreshes the account daily. */
export type MonitoringStatus = (typeof monitoringStatuses)[number]

/** Claims of a Link token JWT (see notes/contract.md). */
export interface LinkTokenClaims {
  link_token_id: string
  mode: 'sandbox'
  org_name: string
  jobs: string[]
  end_user_id: string | null
  account_id: string | null
  employer_id: string | null
  platform_id: string | null
  language: LinkLanguage
  skip_intro_screen: boolean
  iat: number
  exp: number
}

/** Where a direct deposit switch sends pay, as given when the token was made. */
export interface TokenAllocation {
  /** The account's display name (`allocation.targets[].name`), when given. */
  name: string | null
  account_type: 'checking' | 'savings'
  routing_number: string
  account_number: string
}

/** A Link token the API issued. */
export interface LinkTokenRecord {
  claims: LinkTokenClaims
  used: boolean
  /** When it stops being redeemable: checked against this record, not only the JWT's `exp`. */
  expiresAt: Date
  /** Deposit accounts a switch may target; the sandbox Link offers the first. */
  targets: TokenAllocation[]
  /** A fixed amount per paycheck set by the token (the user cannot change it), in dollars. */
  fixedAmount: number | null
  /** `disable_direct_deposit_splitting`: only a full switch is offered. */
  disableSplitting: boolean
  /** `tags` of the token, copied to the account it creates. */
  tags: Record<string, string>
}

/** The sandbox user an account was created by; decides MFA and job outcomes. */
export type SandboxUserName = 'user_good' | 'user_mfa' | 'user_error' | 'user_pending'

/** A stored singular object: created once, replaced (never edited) when it changes. */
export interface StoredObject<T> {
  fields: T
  createdAt: Date
  updatedAt: Date
}

/** A stored immutable list record. */
export interface StoredRecord<T> {
  fields: T
  createdAt: Date
}

/** Counters that make the generator produce revised data. */
export interface Revisions {
  identity: number
  employment: number
  income: number
  /** Per pay date. */
  paystubs: Record<string, number>
  /** Per shift date. */
  shifts: Record<string, number>
}

/** A direct deposit switch completed on an account. */
export interface DepositSwitch {
  target: TokenAllocation
  action: 'full_switch' | 'partial_switch'
  allocation: { type: 'percentage' | 'amount'; value: number } | { type: 'remainder' } | null
}

/** A connected payroll account. */
export interface AccountRecord {
  id: string
  createdAt: Date
  linkTokenId: string
  endUserId: string | null
  platformId: string
  employerId: string | null
  connected: boolean
  monitoringStatus: MonitoringStatus
  sandboxUser: SandboxUserName
  /** `tags` of the Link token that created the account. */
  tags: Record<string, string>
  revisions: Revisions
  depositSwitches: DepositSwitch[]
  refreshedAt: Partial<Record<DataJob, Date>>
  updatedAt: Partial<Record<DataJob, Date>>
  identity?: StoredObject<IdentityFields>
  employment?: StoredObject<EmploymentFields>
  income?: StoredObject<IncomeFields>
  directDepositAllocations?: StoredObject<AllocationsFields>
  paystubs?: StoredRecord<PaystubFields>[]
  shifts?: StoredRecord<ShiftFields>[]
}

/** A redeemed Link token: one modal session. */
export interface LinkSessionRecord {
  id: string
  token: LinkTokenRecord
  /** Set once logged in (or, for On Demand Update, the token's account). */
  accountId: string | null
  loggedIn: boolean
  /** Sandbox user that passed the password and still owes an MFA code. */
  pendingMfaUser: SandboxUserName | null
  exitReason: string | null
  /** When the session was opened, for eviction. */
  openedAt: Date
  /** When it exited (it is kept a while to answer `sessionClosed`, then evicted). */
  closedAt: Date | null
}

/** All in-memory state of one mock API instance. */
export interface MockState {
  linkTokens: Map<string, LinkTokenRecord>
  sessions: Map<string, LinkSessionRecord>
  accounts: Map<string, AccountRecord>
}

/** Fresh empty state. */
export function createState(): MockState {
  return { linkTokens: new Map(), sessions: new Map(), accounts: new Map() }
}
