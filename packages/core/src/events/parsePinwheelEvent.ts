import type {
  AllocationTarget,
  EmptyPayload,
  PinwheelError,
  PinwheelEvent,
  PinwheelEventName,
  PinwheelEventPayloads,
} from './PinwheelEventPayloads'
import { isPinwheelErrorType, isPinwheelEventName, isScreenName } from './pinwheelEventNames'

type Raw = Record<string, unknown>
/** A parsed payload, or the reason it is not one. */
type Parsed<T> = { ok: T } | { reason: string }
type PayloadParser<K extends PinwheelEventName> = (raw: Raw) => Parsed<PinwheelEventPayloads[K]>

const fail = (reason: string): { reason: string } => ({ reason })
const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** Checks that each key holds a string; returns the reason for the first that does not. */
function strings(raw: Raw, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    if (typeof raw[key] !== 'string') return `"${key}" must be a string`
  }
  return undefined
}

function optionalStrings(raw: Raw, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') return `"${key}" must be a string`
  }
  return undefined
}

/** Payload fields this version knows, copied; unknown extra fields from newer scripts kept too. */
function withStrings<T>(raw: Raw, keys: readonly string[]): Parsed<T> {
  const bad = strings(raw, keys)
  return bad ? fail(bad) : { ok: { ...raw } as T }
}

const empty = (raw: Raw): Parsed<EmptyPayload> => ({ ok: { ...raw } as EmptyPayload })

function parseError(raw: Raw): Parsed<PinwheelError> {
  if (!isPinwheelErrorType(raw.type))
    return fail(`error "type" ${JSON.stringify(raw.type)} is not a documented PinwheelErrorType`)
  const bad = strings(raw, ['code'])
  if (bad) return fail(bad)
  if (raw.message !== undefined && typeof raw.message !== 'string')
    return fail('"message" must be a string')
  if (raw.pendingRetry !== undefined && typeof raw.pendingRetry !== 'boolean')
    return fail('"pendingRetry" must be a boolean')
  // Link before v2.3 sends no pendingRetry; absent means the job is not retried.
  return {
    ok: {
      ...raw,
      type: raw.type,
      code: raw.code as string,
      message: (raw.message as string | undefined) ?? '',
      pendingRetry: raw.pendingRetry === true,
    },
  }
}

function parseTarget(raw: unknown): Parsed<AllocationTarget | undefined> {
  if (raw === undefined) return { ok: undefined }
  if (!isRecord(raw)) return fail('"allocation.target" must be an object')
  const bad = strings(raw, ['accountName', 'accountType'])
  return bad ? fail(`allocation.target: ${bad}`) : { ok: { ...raw } as unknown as AllocationTarget }
}

const parsers: { [K in PinwheelEventName]: PayloadParser<K> } = {
  open: empty,
  select_employer: (raw) => withStrings(raw, ['selectedEmployerId', 'selectedEmployerName']),
  select_platform: (raw) => withStrings(raw, ['selectedPlatformId', 'selectedPlatformName']),
  incorrect_platform_given: empty,
  login_attempt: (raw) => withStrings(raw, ['platformId']),
  login: (raw) => withStrings(raw, ['accountId', 'platformId']),
  input_amount: (raw) => {
    if (!isFiniteNumber(raw.value)) return fail('"value" must be a finite number')
    if (raw.unit !== '$' && raw.unit !== '%') return fail('"unit" must be "$" or "%"')
    return { ok: { ...raw, value: raw.value, unit: raw.unit } }
  },
  input_allocation: (raw) => {
    const allocation = raw.allocation
    if (raw.action === 'full_switch') {
      if (allocation === undefined) return { ok: { ...raw, action: 'full_switch' } }
      if (!isRecord(allocation)) return fail('"allocation" must be an object')
      const target = parseTarget(allocation.target)
      if ('reason' in target) return target
      return { ok: { ...raw, action: 'full_switch', allocation: { ...allocation } } }
    }
    if (raw.action !== 'partial_switch')
      return fail('"action" must be "full_switch" or "partial_switch"')
    if (!isRecord(allocation)) return fail('a partial_switch needs an "allocation" object')
    const target = parseTarget(allocation.target)
    if ('reason' in target) return target
    if (allocation.type === 'remainder') {
      return {
        ok: { ...raw, action: 'partial_switch', allocation: { ...allocation, type: 'remainder' } },
      }
    }
    if (allocation.type !== 'percentage' && allocation.type !== 'amount') {
      return fail('"allocation.type" must be "percentage", "amount" or "remainder"')
    }
    if (!isFiniteNumber(allocation.value)) return fail('"allocation.value" must be a finite number')
    return {
      ok: {
        ...raw,
        action: 'partial_switch',
        allocation: { ...allocation, type: allocation.type, value: allocation.value },
      },
    }
  },
  card_switch_begin: empty,
  doc_uploads_begin: empty,
  doc_uploads_submitted: (raw) =>
    isFiniteNumber(raw.uploadedDocumentSubmittedCount)
      ? { ok: { ...raw, uploadedDocumentSubmittedCount: raw.uploadedDocumentSubmittedCount } }
      : fail('"uploadedDocumentSubmittedCount" must be a finite number'),
  dd_form_begin: empty,
  dd_form_create: (raw) => withStrings(raw, ['url']),
  dd_form_download: empty,
  screen_transition: (raw) => {
    // The seed documents `screen_name`; SDK 3.0.3 and later send `screenName`.
    const { screen_name, ...rest } = raw
    const screenName = raw.screenName ?? screen_name
    if (!isScreenName(screenName))
      return fail(`screen ${JSON.stringify(screenName)} is not a documented ScreenName`)
    const bad = optionalStrings(raw, [
      'selectedEmployerId',
      'selectedEmployerName',
      'selectedPlatformId',
      'selectedPlatformName',
    ])
    return bad ? fail(bad) : { ok: { ...rest, screenName } }
  },
  success: (raw) => {
    const bad = strings(raw, ['accountId', 'platformId', 'job'])
    if (bad) return fail(bad)
    if (raw.params !== undefined && !isRecord(raw.params)) return fail('"params" must be an object')
    return { ok: { ...raw } as unknown as PinwheelEventPayloads['success'] }
  },
  error: parseError,
  exit: (raw) => (Object.keys(raw).length === 0 ? { ok: {} } : parseError(raw)),
}

/**
 * Turns a raw `(name, payload)` from the Link script into a typed {@link PinwheelEvent}.
 *
 * A name this version does not know, or a payload that does not fit its name, becomes an
 * `unknown` event that keeps the raw name and payload and says why. It never throws, whatever
 * it is given. `screen_transition` accepts both `screenName` and the seed's `screen_name`.
 *
 * @example
 * ```ts
 * onEvent: (name, payload) => {
 *   const event = parsePinwheelEvent(name, payload)
 *   if (event.name === 'unknown') console.warn(event.payload.reason)
 * }
 * ```
 */
export function parsePinwheelEvent(name: unknown, payload: unknown): PinwheelEvent {
  const unknownEvent = (reason: string): PinwheelEvent => ({
    name: 'unknown',
    payload: { rawName: name, rawPayload: payload, reason },
  })
  try {
    if (!isPinwheelEventName(name)) {
      return unknownEvent(`unknown event name ${safeJson(name)}`)
    }
    // `onExit()` and `onEvent('open')` may pass nothing at all.
    const raw = payload === undefined || payload === null ? {} : payload
    if (!isRecord(raw)) return unknownEvent(`payload of "${name}" must be an object`)
    const parsed = (parsers[name] as (raw: Raw) => Parsed<unknown>)(raw)
    if ('reason' in parsed) return unknownEvent(`invalid "${name}" payload: ${parsed.reason}`)
    return { name, payload: parsed.ok } as PinwheelEvent
  } catch (error) {
    // Hostile input (a throwing getter, a revoked Proxy) must not break the host page.
    return unknownEvent(`payload could not be read: ${describeThrown(error)}`)
  }
}

/** What was thrown, as text; even a thrown null-prototype object or a throwing getter is survived. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error)
  } catch {
    return 'a value that cannot be shown'
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}
