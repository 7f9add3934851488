import type { WebhookVersion } from '../internal/apiVersions.js'
import type { DepositSwitch } from '../internal/state.js'
import type { JobWebhookPayload, SwitchParams } from './webhookEvents.js'

/**
 * `params` of `direct_deposit_switch.added` for a webhook version: from 2023-11-22 the
 * `input_allocation` shape with its `target` (`ParamsPayload_v2023_11_22`); before, only the
 * `amount` of an amount switch (`ParamsPayload`).
 */
export function switchParams(
  done: DepositSwitch,
  version: WebhookVersion,
): JobWebhookPayload['params'] | undefined {
  const { allocation, target } = done
  if (version < '2023-11-22') {
    return allocation?.type === 'amount' ? { amount: allocation.value } : undefined
  }
  const params: SwitchParams = {
    action: done.action,
    allocation: {
      type: allocation?.type ?? 'remainder',
      ...(allocation && allocation.type !== 'remainder' ? { value: allocation.value } : {}),
      target: {
        account_name: target.name,
        account_type: target.account_type,
        last_four_account_number: target.account_number.slice(-4),
      },
    },
  }
  return params
}
