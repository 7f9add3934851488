/**
 * The Link events the sandbox sends, typed as Pinwheel's own SDKs type them (Link v4:
 * `underdog-tech/react-modal` `src/client-events/registry/v2.3.ts`, `v3.ts`, `v4.ts` and
 * `src/client-events/client.ts`). Written from those sources, never from linkwheel's own packages:
 * the sandbox stands in for Pinwheel, so its contract is Pinwheel's.
 */

/** `PinwheelErrorType` (registry/v2.3.ts). */
export type LinkErrorType =
  | 'sandboxError'
  | 'clientError'
  | 'systemError'
  | 'userActionRequired'
  | 'platformError'
  | 'invalidAccountsConfiguration'
  | 'invalidUserInput'
  | 'invalidLinkToken'
  | 'networkError'

/** `ErrorEventPayload` (registry/v2.3.ts). */
export interface LinkErrorPayload {
  type: LinkErrorType
  code: string
  message: string
  pendingRetry: boolean
}

/** `LoginEventPayload` (registry/v2.3.ts). */
export interface LinkLoginPayload {
  accountId: string
  platformId: string
}

/** `InputAllocationEventPayload` (registry/v3.ts: v2.3's shapes plus the all-null one). */
export type LinkInputAllocationPayload =
  | { action: 'full_switch' }
  | { action: 'partial_switch'; allocation: { type: 'percentage' | 'amount'; value: number } }
  | { action: 'partial_switch'; allocation: { type: 'remainder' } }
  | { action: null; allocation: null }

/** `SuccessEventPayload` (registry/v3.ts): `job` is a `LinkApiJob`; read-only jobs report `login`. */
export interface LinkSuccessPayload {
  accountId: string
  platformId: string
  job: 'login' | 'direct_deposit_switch' | 'card_switch'
  params?: LinkInputAllocationPayload
}

/** `ScreenTransitionEventPayload` (screenName is a `string` in every SDK). */
export interface LinkScreenTransitionPayload {
  screenName: string
  selectedEmployerId?: string
  selectedEmployerName?: string
  selectedPlatformId?: string
  selectedPlatformName?: string
}

/** The events the sandbox sends, by name → payload (a subset of Link v4's `EventPayloadMap`). */
export interface LinkEventPayloads {
  open: Record<string, never>
  select_employer: { selectedEmployerId: string; selectedEmployerName: string }
  select_platform: { selectedPlatformId: string; selectedPlatformName: string }
  incorrect_platform_given: Record<string, never>
  login_attempt: { platformId: string }
  login: LinkLoginPayload
  input_allocation: LinkInputAllocationPayload
  card_switch_begin: Record<string, never>
  doc_uploads_begin: Record<string, never>
  doc_uploads_submitted: { uploadedDocumentSubmittedCount: number }
  dd_form_begin: Record<string, never>
  dd_form_create: { url: string }
  dd_form_download: Record<string, never>
  screen_transition: LinkScreenTransitionPayload
  success: LinkSuccessPayload
  error: LinkErrorPayload
  exit: LinkErrorPayload | Record<string, never>
  user_activated: { solutionName: string }
}

/** The name of an event the sandbox sends. */
export type LinkEventName = keyof LinkEventPayloads
