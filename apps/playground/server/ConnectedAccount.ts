/** A job result seen for an account. */
export interface AccountJobRecord {
  /** The job, e.g. `identity`. */
  name: string
  /** `success`, `pending` or `error`. */
  outcome: string
  /** When Pinwheel says it happened. */
  timestamp: string | null
  /** Pinwheel's error code when the job failed. */
  errorCode: string | null
  /** Pinwheel's error type when the job failed. */
  errorType: string | null
  /** `webhook`, or `reconcile` when only a reconcile found it. */
  source: string
}

/** A payroll account an end user connected. */
export interface ConnectedAccount {
  /** The account id, for `account_id` in an On Demand Update token. */
  accountId: string
  /** The app's id of the user who connected it. */
  endUserId: string | null
  /** The payroll platform. */
  platformId: string | null
  /** The platform's name, when Pinwheel sent it. */
  platformName: string | null
  /** The platform's type, when Pinwheel sent it. */
  platformType: string | null
  /** The link token that created it. */
  linkTokenId: string | null
  /** When Pinwheel created it. */
  createdAt: string | null
  /** Latest monitoring status seen. */
  monitoringStatus: string | null
  /** Job results seen for it, oldest first. */
  jobs: AccountJobRecord[]
  /** `webhook`, or `reconcile` when the inbox missed its `account.added`. */
  source: string
}
