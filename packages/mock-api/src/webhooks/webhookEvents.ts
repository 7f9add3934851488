import type { MonitoringStatus } from '../internal/state.js'

/** Jobs a Link token can require (`required_jobs`). */
export const linkTokenJobs = [
  'direct_deposit_switch',
  'direct_deposit_allocations',
  'employment',
  'identity',
  'income',
  'paystubs',
  'shifts',
  'tax_forms',
] as const

/** A value of `required_jobs`. */
export type LinkTokenJob = (typeof linkTokenJobs)[number]

/** Every event the mock API can deliver. */
export const webhookEventNames = [
  'account.added',
  'account.monitoring_status.updated',
  ...linkTokenJobs.map((job) => `${job}.added` as const),
] as const

/** Name of a webhook event. */
export type PinwheelWebhookEventName = (typeof webhookEventNames)[number]

/** Body of every delivery. Receivers dedupe on `event_id`: delivery is at-least-once. */
export interface PinwheelWebhookBody<Payload = Record<string, unknown>> {
  /** Event name, e.g. `paystubs.added`. */
  event: PinwheelWebhookEventName
  /** Unique per event; the same on every retry of it. */
  event_id: string
  /** Event data. */
  payload: Payload
}

/** Payload of `account.added`. */
export interface AccountAddedPayload {
  account_id: string
  end_user_id: string | null
  link_token_id: string
  platform_id: string
  /** The platform's display name, e.g. `Paycrest`. */
  platform_name: string
  /** Always `payroll` for the sandbox platforms. */
  platform_type: 'payroll' | 'time_and_attendance' | 'tax' | 'merchant'
  created_at: string
  connected: boolean
  monitoring_status: MonitoringStatus
}

/** Where a switch sent pay, as a job webhook names it (`TargetAccount`). */
export interface WebhookTargetAccount {
  account_name: string | null
  account_type: 'checking' | 'savings'
  last_four_account_number: string
}

/**
 * `params` of `direct_deposit_switch.added` from webhook version 2023-11-22: the
 * `input_allocation` shape (`ParamsPayload_v2023_11_22`).
 */
export interface SwitchParams {
  action: 'full_switch' | 'partial_switch'
  allocation: {
    type: 'amount' | 'percentage' | 'remainder'
    /** Dollars for `amount`, percent for `percentage`; absent for `remainder`. */
    value?: number
    target: WebhookTargetAccount
  }
}

/** `params` of `paystubs.added` / `shifts.added`. */
export interface SyncParams {
  /** How many records the account has after this run. */
  count: number
  /** `complete`: the sandbox syncs every record in one run. */
  sync_status: 'in_progress' | 'complete'
}

/** Payload of every `<job>.added` event. */
export interface JobWebhookPayload {
  /** Id of this job run (deprecated by Pinwheel in favour of `account_id`). */
  id: string
  account_id: string
  end_user_id: string | null
  /** The token of the Link session that ran the job; `null` for a monitoring refresh. */
  link_token_id: string | null
  /** The job, e.g. `paystubs`. */
  name: LinkTokenJob
  timestamp: string
  /** `pending`: another webhook follows with `success` or `error`. */
  outcome: 'success' | 'error' | 'pending'
  /** On error: a specific code, e.g. `systemError`. */
  error_code?: string
  /** On error: its class, e.g. `platformError`. */
  error_type?: string
  /** `paystubs.added` / `shifts.added`: ids of records added by this run (mock extension). */
  added?: string[]
  /** `paystubs.added` / `shifts.added`: ids of records deleted (revised) by this run (mock extension). */
  deleted?: string[]
  /** Job parameters: the switch's allocation, or a sync's `count` and `sync_status`. */
  params?: SwitchParams | SyncParams | { amount: number }
}

/** Payload of `account.monitoring_status.updated`. */
export interface MonitoringStatusUpdatedPayload {
  account_id: string
  end_user_id: string | null
  platform_id: string
  monitoring_status: MonitoringStatus
  previous_monitoring_status: MonitoringStatus
  updated_at: string
}
