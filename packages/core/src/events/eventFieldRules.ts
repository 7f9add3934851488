import type { PinwheelEventName } from './PinwheelEventPayloads'

// Plain literals, no template or concatenation: a bundler then sees the table as side-effect free
// and drops it from bundles that never parse (gzip folds the repeats).
const login = 'accountId platformId'
const bill = 'platformId platformName frequency nextPaymentDate amountCents:n'
const billSwitch =
  'platformId platformName frequency nextPaymentDate amountCents:n isIntegratedSwitch:b accountId?'
const platforms = 'platforms:a'

/**
 * Every documented event name with the fields its payload must have, as `key` (a string) or
 * `key:kind` (`s` string, `n` finite number, `b` boolean, `o` object, `a` array), then `?` when
 * it may be absent or `~` when it may also be `null`. Fields not listed (newer scripts add some)
 * are kept. `satisfies` makes the compiler reject a table that misses or invents a name, so the
 * table is also the list of names.
 */
export const eventFieldRules = {
  open: '',
  select_employer: 'selectedEmployerId selectedEmployerName',
  select_platform: 'selectedPlatformId selectedPlatformName',
  incorrect_platform_given: '',
  login_attempt: 'platformId',
  login,
  input_amount: 'value:n unit',
  input_allocation: '',
  card_switch_begin: '',
  doc_uploads_begin: 'uploadedDocumentsSubmittedCount:n?',
  doc_uploads_submitted: 'uploadedDocumentSubmittedCount:n',
  dd_form_begin: '',
  dd_form_create: 'url',
  dd_form_download: '',
  screen_transition:
    'screenName selectedEmployerId? selectedEmployerName? selectedPlatformId? selectedPlatformName?',
  success: 'accountId platformId job params:o~',
  error: 'type code message:s? pendingRetry:b?',
  exit: '',
  bill_switch_success: billSwitch,
  bill_switch_failure: billSwitch,
  bill_removed: bill,
  bill_added: bill,
  bill_edited: bill,
  bill_marked_inactive: bill,
  bill_cancel_success: billSwitch,
  bill_cancel_failure: billSwitch,
  bill_switch_platforms_added: platforms,
  bill_switch_platforms_removed: platforms,
  recurring_charge_added: bill,
  recurring_charge_edited: bill,
  recurring_charge_removed: bill,
  recurring_charge_marked_inactive: bill,
  external_account_connected: 'institutionName accountName',
  merchant_login_success: login,
  calendar_sync: 'calendarType',
  customer_terms_accepted: '',
  user_activated: 'solutionName',
  input_required: '',
  other_event: 'name payload:a',
} as const satisfies Record<PinwheelEventName, string>
