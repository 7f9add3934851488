import type { MockApiContext } from '../internal/context.js'
import type { AccountRecord, MonitoringStatus } from '../internal/state.js'
import { toTimestamp } from '../internal/time.js'
import type { MonitoringStatusUpdatedPayload } from '../webhooks/webhookEvents.js'

/**
 * Changes an account's monitoring status and, when it actually changed, sends
 * `account.monitoring_status.updated`. Returns the event id, or `null` when nothing changed.
 */
export function setMonitoringStatus(
  ctx: MockApiContext,
  account: AccountRecord,
  status: MonitoringStatus,
): string | null {
  const previous = account.monitoringStatus
  if (previous === status) return null
  account.monitoringStatus = status
  const payload: MonitoringStatusUpdatedPayload = {
    account_id: account.id,
    end_user_id: account.endUserId,
    platform_id: account.platformId,
    monitoring_status: status,
    previous_monitoring_status: previous,
    updated_at: toTimestamp(ctx.clock()),
  }
  return ctx.webhooks.emit('account.monitoring_status.updated', payload)
}
