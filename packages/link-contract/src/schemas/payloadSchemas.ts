import { type ZodRawShape, type ZodType, z } from 'zod'

/**
 * How a payload treats keys the schema does not name. `loose` is what a client must accept (new
 * fields are backwards-compatible additions, per Pinwheel's change-management page); `strict` is
 * what a stand-in for Pinwheel may send (no invented fields).
 */
export type ContractMode = 'loose' | 'strict'

/** The payload schemas of every event shape, built for one {@link ContractMode}. */
export function payloadSchemas(mode: ContractMode) {
  const object = <S extends ZodRawShape>(shape: S) =>
    mode === 'strict' ? z.strictObject(shape) : z.looseObject(shape)
  const str = z.string()
  const num = z.number().finite()

  // react-modal registry/v2.3.ts types these `{}`; capacitor-sdk src/definitions.ts types
  // open, input_required, card_switch_begin, dd_form_*, customer_terms_accepted as `undefined`.
  const empty = object({}).optional()

  const login = object({ accountId: str, platformId: str })

  // react-modal registry/v2.3.ts `ErrorEventPayload`; capacitor-sdk definitions.ts makes
  // `pendingRetry` optional; `type` is a string there (and on Android: model/PinwheelEvent.kt).
  const error = object({ type: str, code: str, message: str, pendingRetry: z.boolean().optional() })

  // capacitor-sdk definitions.ts `PinwheelTarget` and Android model/PinwheelEvent.kt
  // `PinwheelTarget(accountType: String, accountName: String?)`: the name is optional.
  const target = object({ accountType: str, accountName: str.nullable().optional() })
  const withTarget = { target: target.nullable().optional() }

  // react-modal registry/v2.3.ts `InputAllocationEventPayload` (+ target from the mobile SDKs).
  const allocationV23 = z.union([
    object({
      action: z.literal('full_switch'),
      allocation: object(withTarget).nullable().optional(),
    }),
    object({
      action: z.literal('partial_switch'),
      allocation: z.union([
        object({ type: z.enum(['percentage', 'amount']), value: num, ...withTarget }),
        object({ type: z.literal('remainder'), ...withTarget }),
      ]),
    }),
  ])
  // react-modal / react-native-pinwheel registry/v3.ts: `{ action: null; allocation: null }`.
  const allocationV3 = z.union([object({ action: z.null(), allocation: z.null() }), allocationV23])

  // registry/v2.3.ts `SuccessEventPayload` (`params.amount`); Android `params: PinwheelParams?`.
  const successBase = { accountId: str, platformId: str, job: str }
  const successV23 = object({
    ...successBase,
    params: object({ amount: object({ value: num, unit: z.enum(['$', '%']) }).optional() })
      .nullable()
      .optional(),
  })
  // registry/v3.ts: `params?: InputAllocationEventPayload`.
  const successV3 = object({ ...successBase, params: allocationV3.nullable().optional() })

  // react-modal registry/v2.3.ts `BillMetadata` = react-native-pinwheel registry/v4.ts
  // `BillEventPayload`; `BillSwitchEventPayload` adds isIntegratedSwitch and accountId?.
  const billShape = {
    platformId: str,
    platformName: str,
    frequency: str,
    nextPaymentDate: str,
    amountCents: num,
  }
  const bill = object(billShape)
  const billSwitch = object({
    ...billShape,
    isIntegratedSwitch: z.boolean(),
    accountId: str.optional(),
  })
  const platforms = object({ platforms: z.array(object({ id: str, name: str })) })

  const selected = {
    selectedEmployerId: str.optional(),
    selectedEmployerName: str.optional(),
    selectedPlatformId: str.optional(),
    selectedPlatformName: str.optional(),
  }

  return {
    empty,
    login,
    error,
    allocationV23,
    allocationV3,
    successV23,
    successV3,
    bill,
    billSwitch,
    platforms,
    selectEmployer: object({ selectedEmployerId: str, selectedEmployerName: str }),
    selectPlatform: object({ selectedPlatformId: str, selectedPlatformName: str }),
    loginAttempt: object({ platformId: str }),
    inputAmount: object({ value: num, unit: z.enum(['$', '%']) }),
    docUploadsBegin: object({ uploadedDocumentsSubmittedCount: num.optional() }).optional(),
    docUploadsSubmitted: object({ uploadedDocumentSubmittedCount: num }),
    ddFormCreate: object({ url: str }),
    // `screenName` since SDK 3.0.3 (react-native-pinwheel registry/v2.3.ts); the older
    // react-modal registry/v2.3.ts (and the seed) spell it `screen_name`.
    screenTransition: z.union([
      object({ screenName: str, ...selected }),
      object({ screen_name: str, ...selected }),
    ]),
    // The error, `{}` (registry/v2.3.ts `ExitEventPayload`), nothing (capacitor-sdk
    // `PinwheelError | undefined`), or the error under `error` (Android
    // webview/PinwheelJavaScriptInterface.kt reads `payload.error`).
    exit: z.union([error, object({ error }), object({})]).optional(),
    externalAccount: object({ institutionName: str, accountName: str }),
    calendarSync: object({ calendarType: z.enum(['google', 'outlook']) }),
    userActivated: object({ solutionName: str }),
    // react-native-pinwheel registry/v2.3.ts `OtherEventPayload` (capacitor-sdk too).
    otherEvent: object({
      name: str,
      payload: z.array(
        object({ key: str, value: str, type: z.enum(['string', 'boolean', 'number']) }),
      ),
    }),
  } satisfies Record<string, ZodType>
}

/** The schemas of {@link payloadSchemas}. */
export type PayloadSchemas = ReturnType<typeof payloadSchemas>
