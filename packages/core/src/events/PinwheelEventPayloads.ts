/**
 * The one source of truth for Link events: every event Pinwheel Link emits, by name, with the
 * payload the script hands to `onEvent(name, payload)`. Names, unions and guards are derived from it.
 *
 * @example
 * ```ts
 * function track(event: PinwheelEvent) {
 *   switch (event.name) {
 *     case 'login':
 *       event.payload.accountId // string
 *       break
 *   }
 * }
 * ```
 */

/** Where Link shows its screens; `screen_transition` reports each one. */
export type ScreenName =
  | 'SEARCH_DEFAULT'
  | 'SEARCH_RESULTS'
  | 'SEARCH_PLATFORM_ONLY'
  | 'PROVIDER_CONFIRMATION'
  | 'LOGIN'
  | 'DD_AMOUNT_SELECTION'
  | 'DD_CONFIRMATION'
  | 'JOB_SUCCESS'
  | 'JOB_ERROR'
  | 'EXIT_CONFIRMATION'

/** The error types Pinwheel documents. Stable; messages are not. */
export type PinwheelErrorType =
  | 'sandboxError'
  | 'clientError'
  | 'systemError'
  | 'userActionRequired'
  | 'platformError'
  | 'invalidAccountsConfiguration'
  | 'invalidUserInput'
  | 'invalidLinkToken'
  | 'networkError'

/**
 * An error Link showed the user, as delivered by `onError`, by `onEvent('error', …)` and by
 * `onExit(error)`. Receiving one does not always mean the flow ended.
 */
export interface PinwheelError {
  /** One of {@link PinwheelErrorType}. */
  type: PinwheelErrorType
  /** A stable code, e.g. `invalidCredentials`, `usedLinkToken`, `accountLocked`. */
  code: string
  /** Human text for logs; it may change between Link versions, so never branch on it. */
  message: string
  /** `true` when the job failed but Pinwheel retries it asynchronously (Link ≥ 2.3). */
  pendingRetry: boolean
}

/** The result of a completed job, as passed to `onSuccess` and the `success` event. */
export interface LinkResult {
  /** The payroll account Pinwheel connected; use it for On Demand Updates. */
  accountId: string
  /** The payroll platform of that account. */
  platformId: string
  /** The job that completed, e.g. `direct_deposit_switch` or `income`. */
  job: string
  /** @deprecated Read the `input_allocation` event instead. */
  params?: { amount?: { value: number; unit: '%' | '$' } }
}

/** The payload of `login` and the argument of `onLogin`. */
export interface LoginResult {
  /** The payroll account the user logged in to. */
  accountId: string
  /** The platform of that account. */
  platformId: string
}

/** Which deposit account an allocation targets (seed form of `input_allocation`). */
export interface AllocationTarget {
  accountName: string
  accountType: string
}

/** How much of a paycheck a partial switch moves. */
export type PartialAllocation =
  | { type: 'percentage'; value: number; target?: AllocationTarget }
  | { type: 'amount'; value: number; target?: AllocationTarget }
  | { type: 'remainder'; target?: AllocationTarget }

/** What the user submitted on the amount screen. */
export type InputAllocationPayload =
  | { action: 'full_switch'; allocation?: { target?: AllocationTarget } }
  | { action: 'partial_switch'; allocation: PartialAllocation }

/** Payload of `screen_transition`; `screenName` is normalised from the seed's `screen_name`. */
export interface ScreenTransitionPayload {
  screenName: ScreenName
  selectedEmployerId?: string
  selectedEmployerName?: string
  selectedPlatformId?: string
  selectedPlatformName?: string
}

/** An empty payload (`{}`); events that carry no data. */
export type EmptyPayload = Record<string, never>

/** Every Link event by name → payload. */
export interface PinwheelEventPayloads {
  /** The modal opened. */
  open: EmptyPayload
  /** The user picked an employer (not sent in On Demand Updates). */
  select_employer: { selectedEmployerId: string; selectedEmployerName: string }
  /** The user picked a platform (not sent in On Demand Updates). */
  select_platform: { selectedPlatformId: string; selectedPlatformName: string }
  /** The token's platform did not match what the user chose. */
  incorrect_platform_given: EmptyPayload
  /** The user submitted a login for the first time (On Demand Updates: only when they must act). */
  login_attempt: { platformId: string }
  /** The user logged in. */
  login: LoginResult
  /** @deprecated Gone in Link v3; replaced by `input_allocation`. */
  input_amount: { value: number; unit: '$' | '%' }
  /** The user submitted a direct deposit allocation. */
  input_allocation: InputAllocationPayload
  /** The user chose a card switch. */
  card_switch_begin: EmptyPayload
  /** The user started uploading documents. */
  doc_uploads_begin: EmptyPayload
  /** The user submitted documents. */
  doc_uploads_submitted: { uploadedDocumentSubmittedCount: number }
  /** The user started building a direct deposit form. */
  dd_form_begin: EmptyPayload
  /** The direct deposit form is ready at `url`. */
  dd_form_create: { url: string }
  /** The user downloaded or shared the direct deposit form. */
  dd_form_download: EmptyPayload
  /** The modal moved to another screen. */
  screen_transition: ScreenTransitionPayload
  /** A job completed: once per switch job, at login for read-only jobs. */
  success: LinkResult
  /** The user was shown an error. */
  error: PinwheelError
  /** The modal closed; carries the error that ended it, if any. */
  exit: PinwheelError | EmptyPayload
}

/** The name of any documented Link event. */
export type PinwheelEventName = keyof PinwheelEventPayloads

/** A documented Link event, discriminated on `name` so that `switch (event.name)` narrows. */
export type KnownPinwheelEvent = {
  [K in PinwheelEventName]: { name: K; payload: PinwheelEventPayloads[K] }
}[PinwheelEventName]

/**
 * An event the parser could not type: a name this version does not know (newer scripts add
 * events) or a payload that does not match its name. Nothing is dropped: the raw data is kept.
 */
export interface UnknownPinwheelEvent {
  name: 'unknown'
  payload: {
    /** The name the script sent, whatever it was. */
    rawName: unknown
    /** The payload the script sent, untouched. */
    rawPayload: unknown
    /** Why it is not a typed event, e.g. `unknown event name "bill_switch_begin"`. */
    reason: string
  }
}

/** Any event the session records: a typed Link event, or an {@link UnknownPinwheelEvent}. */
export type PinwheelEvent = KnownPinwheelEvent | UnknownPinwheelEvent

/** The payload of the event called `K`. */
export type PinwheelEventPayload<K extends PinwheelEventName> = PinwheelEventPayloads[K]
