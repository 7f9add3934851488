/**
 * The one source of truth for Link events: every event Pinwheel Link v2.3, v3 and v4 (and the
 * mobile SDKs) emit, by name, with the payload the script hands to `onEvent(name, payload)`, as
 * Pinwheel's own SDK types state them. Names, unions and guards are derived from it.
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

/**
 * Known values of an open-ended field: they autocomplete, and any other string is still allowed
 * (Pinwheel adds screens, error types and codes as backwards-compatible additions).
 */
export type OrString<Known extends string> = Known | (string & {})

/** The screens Pinwheel documents; `screen_transition` may report others ({@link OrString}). */
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

/** Error codes Pinwheel documents (link-errors page); Link may send others. */
export type PinwheelErrorCode =
  | 'usedLinkToken'
  | 'expiredLinkToken'
  | 'invalidLinkTokenSignature'
  | 'networkError'
  | 'connectionRateLimited'
  | 'systemError'
  | 'invalidCredentials'
  | 'accountLocked'
  | 'challengeAnswerIncorrect'
  | 'changePasswordRequired'
  | 'accountNotActive'
  | 'maxAccounts'
  | 'changesTemporarilyDisabled'

/** The jobs a `success` reports (read-only jobs report `login`). */
export type LinkJob = 'login' | 'direct_deposit_switch' | 'card_switch'

/**
 * An error Link showed the user, as delivered by `onError`, by `onEvent('error', …)` and by
 * `onExit(error)`. Receiving one does not always mean the flow ended.
 */
export interface PinwheelError {
  /** One of {@link PinwheelErrorType}, or a type newer than this version. */
  type: OrString<PinwheelErrorType>
  /** A stable code, e.g. `invalidCredentials`, `usedLinkToken`, `accountLocked`. */
  code: OrString<PinwheelErrorCode>
  /** Human text for logs; it may change between Link versions, so never branch on it. */
  message: string
  /** `true` when the job failed but Pinwheel retries it asynchronously (`false` when Link left it out). */
  pendingRetry: boolean
}

/** The result of a completed job, as passed to `onSuccess` and the `success` event. */
export interface LinkResult {
  /** The payroll account Pinwheel connected; use it for On Demand Updates. */
  accountId: string
  /** The payroll platform of that account. */
  platformId: string
  /** The job that completed: `login` for read-only jobs, else the switch. */
  job: OrString<LinkJob>
  /** Link v3+: the allocation of a switch (`input_allocation`'s shape); v2.3: `{amount}`. */
  params?: SuccessParams | null
}

/** `success.params`: the v3+ allocation, or the v2.3 amount. */
export type SuccessParams =
  | InputAllocationPayload
  | {
      /** @deprecated Link v2.3 only; v3 sends the `input_allocation` shape. */
      amount?: { value: number; unit: '%' | '$' }
    }

/** The payload of `login` and the argument of `onLogin`. */
export interface LoginResult {
  /** The payroll account the user logged in to. */
  accountId: string
  /** The platform of that account. */
  platformId: string
}

/** Which deposit account an allocation targets; the SDKs make its name optional. */
export interface AllocationTarget {
  accountType: string
  accountName?: string | null
}

/** How much of a paycheck a partial switch moves. */
export type PartialAllocation = { target?: AllocationTarget | null } & (
  | { type: 'percentage' | 'amount'; value: number }
  | { type: 'remainder' }
)

/** What the user submitted on the amount screen; Link v3+ sends all-null when they chose nothing. */
export type InputAllocationPayload =
  | { action: 'full_switch'; allocation?: { target?: AllocationTarget | null } | null }
  | { action: 'partial_switch'; allocation: PartialAllocation }
  | { action: null; allocation: null }

/** Payload of `screen_transition`; `screenName` is normalised from the seed's `screen_name`. */
export interface ScreenTransitionPayload {
  screenName: OrString<ScreenName>
  selectedEmployerId?: string
  selectedEmployerName?: string
  selectedPlatformId?: string
  selectedPlatformName?: string
}

/** A bill the user manages in bill switch / recurring charges. */
export interface BillPayload {
  platformId: string
  platformName: string
  frequency: string
  nextPaymentDate: string
  amountCents: number
}

/** A bill switch or cancel outcome. */
export interface BillSwitchPayload extends BillPayload {
  isIntegratedSwitch: boolean
  accountId?: string
}

/** A key/value pair of the mobile SDKs' `other_event`. */
export interface OtherEventItem {
  key: string
  value: string
  type: 'string' | 'boolean' | 'number'
}

/** An empty payload (`{}`); events that carry no data. */
export type EmptyPayload = Record<string, never>

/** Every Link event by name → payload, over Link v2.3, v3, v4 and the mobile SDKs. */
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
  /** @deprecated Link v2.3 only; v3 replaced it with `input_allocation`. */
  input_amount: { value: number; unit: '$' | '%' }
  /** The user submitted a direct deposit allocation (or, v3+, left without choosing one). */
  input_allocation: InputAllocationPayload
  /** The user chose a card switch. */
  card_switch_begin: EmptyPayload
  /** The user started uploading documents. */
  doc_uploads_begin: { uploadedDocumentsSubmittedCount?: number }
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
  /** A bill switch went through. */
  bill_switch_success: BillSwitchPayload
  /** A bill switch failed. */
  bill_switch_failure: BillSwitchPayload
  /** The user removed a bill (v4: without the switch fields). */
  bill_removed: BillPayload | BillSwitchPayload
  /** The user added a bill (v4). */
  bill_added: BillPayload
  /** The user edited a bill (v4). */
  bill_edited: BillPayload
  /** The user marked a bill inactive (v4). */
  bill_marked_inactive: BillPayload
  /** A bill cancellation went through. */
  bill_cancel_success: BillSwitchPayload
  /** A bill cancellation failed. */
  bill_cancel_failure: BillSwitchPayload
  /** Platforms added to a bill switch. */
  bill_switch_platforms_added: { platforms: Array<{ id: string; name: string }> }
  /** Platforms removed from a bill switch. */
  bill_switch_platforms_removed: { platforms: Array<{ id: string; name: string }> }
  /** A recurring charge was added. */
  recurring_charge_added: BillPayload
  /** A recurring charge was edited. */
  recurring_charge_edited: BillPayload
  /** A recurring charge was removed. */
  recurring_charge_removed: BillPayload
  /** A recurring charge was marked inactive. */
  recurring_charge_marked_inactive: BillPayload
  /** The user connected an external bank account. */
  external_account_connected: { institutionName: string; accountName: string }
  /** The user logged in to a merchant. */
  merchant_login_success: LoginResult
  /** The user synced a calendar. */
  calendar_sync: { calendarType: OrString<'google' | 'outlook'> }
  /** The user accepted the customer's terms. */
  customer_terms_accepted: EmptyPayload
  /** The user activated a solution (sent on Continue). */
  user_activated: { solutionName: string }
  /** Link needs input from the user (mobile SDKs). */
  input_required: EmptyPayload
  /** Any other event, as key/value pairs (mobile SDKs). */
  other_event: { name: string; payload: OtherEventItem[] }
}

/** The name of any documented Link event. */
export type PinwheelEventName = keyof PinwheelEventPayloads

/** A documented Link event, discriminated on `name` so that `switch (event.name)` narrows. */
export type KnownPinwheelEvent = {
  [K in PinwheelEventName]: { name: K; payload: PinwheelEventPayloads[K] }
}[PinwheelEventName]

/**
 * An event whose name this version does not know (newer scripts add events). Nothing is
 * dropped: the raw name and payload are kept.
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

/**
 * A documented event whose payload did not fit its name: kept whole, with the field at fault.
 * `payload.rawName` narrows to the event's name.
 */
export type InvalidPinwheelEvent = {
  [K in PinwheelEventName]: {
    name: 'invalid'
    payload: {
      /** The documented name (lower-case, as the web SDKs spell it). */
      rawName: K
      /** The payload the script sent, untouched. */
      rawPayload: unknown
      /** The path of the field at fault, e.g. `allocation.value`; `''` for the payload itself. */
      field: string
      /** What is wrong, e.g. `"allocation.value" must be a finite number`. */
      reason: string
    }
  }
}[PinwheelEventName]

/** Any event the session records: typed, invalid (a known name), or unknown. */
export type PinwheelEvent = KnownPinwheelEvent | InvalidPinwheelEvent | UnknownPinwheelEvent

/** The payload of the event called `K`. */
export type PinwheelEventPayload<K extends PinwheelEventName> = PinwheelEventPayloads[K]
