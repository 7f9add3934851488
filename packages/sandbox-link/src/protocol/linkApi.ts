/**
 * Types for the mock API's internal Link endpoints, which the sandbox frame calls on its own
 * origin. Types only: `@linkwheel/mock-api` imports them with `import type`.
 * The contract lives in `notes/contract.md`; change both sides together.
 */

/** A Link language the sandbox can show. */
export type LinkLanguage = 'en' | 'es'

/** Jobs a Link token can request. */
export type LinkJob =
  | 'direct_deposit_switch'
  | 'direct_deposit_allocations'
  | 'income'
  | 'employment'
  | 'identity'
  | 'paystubs'
  | 'shifts'
  | 'card_switch'
  | 'tax_forms'
  | 'bill_switch'

/** The Link `PinwheelError` shape, as the real script passes it to `onError` / `onExit`. */
export interface PinwheelError {
  /** Error class, e.g. `invalidLinkToken`, `invalidUserInput`, `userActionRequired`, `platformError`, `systemError`. */
  type: string
  /** Specific cause, e.g. `expiredLinkToken`, `invalidCredentials`, `accountLocked`. */
  code: string
  /** Human readable message. */
  message: string
  /** True when the job failed but Pinwheel will retry it in the background. */
  pendingRetry: boolean
}

/** Error body of every 4xx answer. */
export interface LinkApiErrorResponse {
  /** What went wrong. */
  error: PinwheelError
}

/** Codes the session endpoint answers a bad token with. */
export type InvalidLinkTokenCode =
  | 'invalidLinkTokenSignature'
  | 'expiredLinkToken'
  | 'usedLinkToken'
  | 'invalidLinkTokenEnvironment'

/** `POST /internal/link/sessions` body. */
export interface CreateLinkSessionRequest {
  /** The Link token the app passed to `Pinwheel.open`. */
  link_token: string
}

/** The existing account of an On Demand Update session. */
export interface LinkSessionAccount {
  /** Account id. */
  id: string
  /** Platform the account is on. */
  platform_id: string
  /** Employer of the account, when known. */
  employer_id: string | null
  /** True when logging in again needs an MFA code (account created by `user_mfa`). */
  requires_mfa: boolean
}

/** Where a direct deposit switch sends the pay. */
export interface LinkSessionAllocation {
  /** `checking` or `savings`. */
  account_type: string
  /** Last four digits of the routing number. */
  routing_number_last4: string
  /** Last four digits of the account number. */
  account_number_last4: string
}

/** A redeemed Link session. */
export interface LinkSession {
  /** Session id used in the other endpoints' paths. */
  session_id: string
  /** Id of the redeemed token. */
  link_token_id: string
  /** Always `sandbox` here. */
  mode: string
  /** Name of the customer shown in the modal. */
  org_name: string
  /** Language of the modal. */
  language: LinkLanguage
  /** Skip the intro screen. */
  skip_intro_screen: boolean
  /** Jobs the token requests. */
  jobs: string[]
  /** The app's id for the user. */
  end_user_id: string | null
  /** Preselected employer. */
  employer_id: string | null
  /** Preselected platform. */
  platform_id: string | null
  /** Set for On Demand Update: the account to refresh. */
  account: LinkSessionAccount | null
  /** Deposit destination for a direct deposit switch. */
  allocation: LinkSessionAllocation | null
  /** Hide the partial switch option. */
  disable_partial_switch: boolean
}

/** `POST /internal/link/sessions` 200 body. */
export interface CreateLinkSessionResponse {
  /** The session. */
  data: LinkSession
}

/** `POST /internal/link/sessions/:session_id/login` body. */
export interface LinkLoginRequest {
  /** Platform the user logs in to. */
  platform_id: string
  /** Employer chosen in search, if any. */
  employer_id?: string
  /** Username (not needed for On Demand Update). */
  username?: string
  /** Password (not needed for On Demand Update). */
  password?: string
  /** MFA code, on the second call after `mfa_required`. */
  mfa_code?: string
}

/** `POST /internal/link/sessions/:session_id/login` 200 body. */
export type LinkLoginResponse =
  | { data: { status: 'mfa_required' } }
  | { data: { status: 'logged_in'; account_id: string; platform_id: string } }

/** Partial direct deposit allocation. */
export type PartialAllocation =
  | { type: 'percentage' | 'amount'; value: number }
  | { type: 'remainder' }

/** How much pay a direct deposit switch moves. */
export type JobAllocation =
  | { action: 'full_switch' }
  | { action: 'partial_switch'; allocation: PartialAllocation }

/** `POST /internal/link/sessions/:session_id/jobs` body. */
export interface LinkJobRequest {
  /** The job to run. */
  job: string
  /** Allocation, for `direct_deposit_switch`. */
  allocation?: JobAllocation
}

/** `POST /internal/link/sessions/:session_id/jobs` 200 body. */
export type LinkJobResponse =
  | { data: { job: string; outcome: 'success' } }
  | { data: { job: string; outcome: 'error'; error: PinwheelError } }
  /** The job is still running (sandbox `user_pending`); the error says so, with `pendingRetry`. */
  | { data: { job: string; outcome: 'pending'; error: PinwheelError } }

/** `POST /internal/link/sessions/:session_id/exit` body (answers 204). */
export interface LinkExitRequest {
  /** Why the modal closed, for bookkeeping. */
  reason?: string
}
