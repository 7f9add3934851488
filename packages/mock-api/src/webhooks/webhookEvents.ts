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
  created_at: string
  connected: boolean
  monitoring_status: MonitoringStatus
}

/** Payload of every `<job>.added` event. */
export interface JobWebhookPayload {
  /** Id of this job run. */
  id: string
  account_id: string
  end_user_id: string | null
  /** The token of the Link session that ran the job; `null` for a monitoring refresh. */
  link_token_id: string | null
  /** The job, e.g. `paystubs`. */
  name: LinkTokenJob
  timestamp: string
  outcome: 'success' | 'error'
  /** Set when `outcome` is `error`. */
  error?: { type: string; code: string; message: string; pending_retry: boolean }
  /** `paystubs.added` / `shifts.added`: ids of records added by this run. */
  added?: string[]
  /** `paystubs.added` / `shifts.added`: ids of records deleted (revised) by this run. */
  deleted?: string[]
  /** `direct_deposit_switch.added`: the allocation the user chose. */
  params?: Record<string, unknown>
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
