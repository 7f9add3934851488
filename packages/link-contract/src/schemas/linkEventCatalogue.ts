import type { ZodType } from 'zod'
import type { LinkMajor } from '../knownValues'
import { type ContractMode, type PayloadSchemas, payloadSchemas } from './payloadSchemas'

/** Event name → payload schema, for one Link major. */
export type LinkEventSchemas = Readonly<Record<string, ZodType>>

/** Events every major sends, as react-modal `src/client-events/registry/v2.3.ts` lists them. */
function v23Events(s: PayloadSchemas): Record<string, ZodType> {
  return {
    open: s.empty,
    select_employer: s.selectEmployer,
    select_platform: s.selectPlatform,
    incorrect_platform_given: s.empty,
    login_attempt: s.loginAttempt,
    login: s.login,
    input_amount: s.inputAmount,
    input_allocation: s.allocationV23,
    card_switch_begin: s.empty,
    doc_uploads_begin: s.docUploadsBegin,
    doc_uploads_submitted: s.docUploadsSubmitted,
    dd_form_begin: s.empty,
    dd_form_create: s.ddFormCreate,
    dd_form_download: s.empty,
    screen_transition: s.screenTransition,
    exit: s.exit,
    success: s.successV23,
    error: s.error,
    bill_switch_success: s.billSwitch,
    bill_switch_failure: s.billSwitch,
    bill_removed: s.billSwitch,
    external_account_connected: s.externalAccount,
    merchant_login_success: s.login,
    bill_switch_platforms_added: s.platforms,
    bill_switch_platforms_removed: s.platforms,
    bill_cancel_success: s.billSwitch,
    bill_cancel_failure: s.billSwitch,
    calendar_sync: s.calendarSync,
    recurring_charge_removed: s.bill,
    recurring_charge_marked_inactive: s.bill,
    recurring_charge_edited: s.bill,
    recurring_charge_added: s.bill,
    customer_terms_accepted: s.empty,
    user_activated: s.userActivated,
    // The mobile SDKs add these two (react-native-pinwheel registry/v2.3.ts `other_event`,
    // Android model/PinwheelEvent.kt `INPUT_REQUIRED`, capacitor-sdk definitions.ts both).
    input_required: s.empty,
    other_event: s.otherEvent,
  }
}

/** registry/v3.ts: input_allocation may be all-null, success.params has its shape, input_amount is gone. */
function v3Events(s: PayloadSchemas): Record<string, ZodType> {
  const { input_amount: _removed, ...rest } = v23Events(s)
  return { ...rest, input_allocation: s.allocationV3, success: s.successV3 }
}

/** react-native-pinwheel registry/v4.ts: bill_removed loses the switch fields; bill_added/edited/marked_inactive. */
function v4Events(s: PayloadSchemas): Record<string, ZodType> {
  return {
    ...v3Events(s),
    bill_removed: s.bill,
    bill_added: s.bill,
    bill_edited: s.bill,
    bill_marked_inactive: s.bill,
  }
}

/** The whole catalogue in one {@link ContractMode}: Link major → event name → payload schema. */
export function linkEventCatalogue(
  mode: ContractMode,
): Readonly<Record<LinkMajor, LinkEventSchemas>> {
  const s = payloadSchemas(mode)
  return { 'v2.3': v23Events(s), v3: v3Events(s), v4: v4Events(s) }
}
