/**
 * `@linkwheel/mock-api`: an in-memory imitation of Pinwheel's REST API (link tokens, accounts and
 * data, signed webhooks, Monitoring refreshes) that also serves the sandbox Link. Node only.
 */
export type { PinwheelAccount } from './accounts/serializeAccount.js'
export { createMockPinwheelApi } from './createMockPinwheelApi.js'
export type * from './data/dataTypes.js'
export type {
  PinwheelApiErrorBody,
  PinwheelApiErrorType,
  PinwheelApiFieldError,
} from './internal/apiError.js'
export type { PinwheelApiVersion, WebhookVersion } from './internal/apiVersions.js'
export { pinwheelApiVersions, webhookVersions } from './internal/apiVersions.js'
export type { EvictionOptions } from './internal/evictExpired.js'
export type { LinkTokenClaims, MonitoringStatus } from './internal/state.js'
export type { MockPinwheelApi, MockPinwheelApiOptions } from './MockPinwheelApiOptions.js'
export type { RefreshJobResult, RevisableJob } from './sandbox/refreshAccount.js'
export { sandboxApiSecret } from './sandboxApiSecret.js'
export type {
  RunningMockPinwheelApi,
  ServerTimeouts,
  StartMockPinwheelApiOptions,
} from './startMockPinwheelApi.js'
export { startMockPinwheelApi } from './startMockPinwheelApi.js'
export type { PinwheelWebhookHeaders } from './webhooks/signWebhook.js'
export { signWebhook } from './webhooks/signWebhook.js'
export type {
  VerifiedWebhook,
  VerifyWebhookSignatureOptions,
  WebhookHeaderSource,
} from './webhooks/verifyWebhookSignature.js'
export { verifyWebhookSignature } from './webhooks/verifyWebhookSignature.js'
export type { WebhookSignatureErrorCode } from './webhooks/WebhookSignatureError.js'
export { isWebhookSignatureError, WebhookSignatureError } from './webhooks/WebhookSignatureError.js'
export type {
  AccountAddedPayload,
  JobWebhookPayload,
  LinkTokenJob,
  MonitoringStatusUpdatedPayload,
  PinwheelWebhookBody,
  PinwheelWebhookEventName,
  SwitchParams,
  SyncParams,
  WebhookTargetAccount,
} from './webhooks/webhookEvents.js'
export { linkTokenJobs, webhookEventNames } from './webhooks/webhookEvents.js'
export type {
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookRegistration,
  WebhookRetentionOptions,
  WebhookRetryOptions,
} from './webhooks/webhookTypes.js'
