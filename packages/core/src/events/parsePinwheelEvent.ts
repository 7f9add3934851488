import type { PinwheelEvent, PinwheelEventName } from './PinwheelEventPayloads'
import { isPinwheelErrorType, isPinwheelEventName, isScreenName } from './pinwheelEventNames'

type Raw = Record<string, unknown>

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** What each field kind must be: `s` string, `n` finite number, `o` object, `b` boolean. */
const kinds = {
  s: ['a string', (value: unknown) => typeof value === 'string'],
  n: ['a finite number', isFiniteNumber],
  o: ['an object', isRecord],
  b: ['a boolean', (value: unknown) => typeof value === 'boolean'],
} as const

/**
 * The fields each event's payload must have, as `key` (a string) or `key:kind` with a kind of
 * {@link kinds}, `?` when it may be absent. Fields not listed (newer scripts add some) are kept.
 */
const fieldRules: { [K in PinwheelEventName]?: string } = {
  select_employer: 'selectedEmployerId selectedEmployerName',
  select_platform: 'selectedPlatformId selectedPlatformName',
  login_attempt: 'platformId',
  login: 'accountId platformId',
  input_amount: 'value:n',
  doc_uploads_submitted: 'uploadedDocumentSubmittedCount:n',
  dd_form_create: 'url',
  screen_transition:
    'selectedEmployerId:s? selectedEmployerName:s? selectedPlatformId:s? selectedPlatformName:s?',
  success: 'accountId platformId job params:o?',
  error: 'code message:s? pendingRetry:b?',
}

/** The reason the first field of `raw` breaking `rules` does, or `undefined` when none does. */
function checkFields(raw: Raw, rules = '', prefix = ''): string | undefined {
  for (const rule of rules.split(' ')) {
    if (!rule) continue
    const [key = '', kind = 's'] = rule.split(':')
    const [what, test] = kinds[kind[0] as keyof typeof kinds]
    if (!(kind.endsWith('?') && raw[key] === undefined) && !test(raw[key]))
      return `"${prefix}${key}" must be ${what}`
  }
  return undefined
}

/** `allocation` of an `input_allocation`, checked; a copy or the reason it is not valid. */
function checkAllocation(allocation: unknown, partial: boolean): Raw | string {
  if (!isRecord(allocation))
    return partial
      ? 'a partial_switch needs an "allocation" object'
      : '"allocation" must be an object'
  const target = allocation.target
  const bad =
    checkFields(allocation, 'target:o?', 'allocation.') ??
    (target === undefined
      ? undefined
      : checkFields(target as Raw, 'accountName accountType', 'allocation.target.'))
  if (bad) return bad
  if (!partial || allocation.type === 'remainder') return { ...allocation }
  if (allocation.type !== 'percentage' && allocation.type !== 'amount')
    return '"allocation.type" must be "percentage", "amount" or "remainder"'
  return checkFields(allocation, 'value:n', 'allocation.') ?? { ...allocation }
}

/** The typed payload of a documented event (a copy), or the reason `raw` is not one. */
function parsePayload(name: PinwheelEventName, raw: Raw): object | string {
  if (name === 'exit') {
    if (Object.keys(raw).length === 0) return {}
    name = 'error'
  }
  if (name === 'error' && !isPinwheelErrorType(raw.type))
    return `error "type" ${JSON.stringify(raw.type)} is not a documented PinwheelErrorType`
  if (name === 'screen_transition') {
    // The seed documents `screen_name`; SDK 3.0.3 and later send `screenName`.
    const { screen_name, ...rest } = raw
    const screenName = raw.screenName ?? screen_name
    if (!isScreenName(screenName))
      return `screen ${JSON.stringify(screenName)} is not a documented ScreenName`
    return checkFields(raw, fieldRules[name]) ?? { ...rest, screenName }
  }
  const bad = checkFields(raw, fieldRules[name])
  if (bad) return bad
  switch (name) {
    case 'input_amount':
      return raw.unit === '$' || raw.unit === '%' ? { ...raw } : '"unit" must be "$" or "%"'
    case 'input_allocation': {
      const partial = raw.action === 'partial_switch'
      if (!partial && raw.action !== 'full_switch')
        return '"action" must be "full_switch" or "partial_switch"'
      if (!partial && raw.allocation === undefined) return { ...raw }
      const allocation = checkAllocation(raw.allocation, partial)
      return typeof allocation === 'string' ? allocation : { ...raw, allocation }
    }
    case 'error':
      // Link before v2.3 sends no pendingRetry; absent means the job is not retried.
      return { ...raw, message: raw.message ?? '', pendingRetry: raw.pendingRetry === true }
    default:
      return { ...raw }
  }
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
    const parsed = parsePayload(name, raw)
    if (typeof parsed === 'string') return unknownEvent(`invalid "${name}" payload: ${parsed}`)
    return { name, payload: parsed } as PinwheelEvent
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
