import { eventFieldRules } from './eventFieldRules'
import type { PinwheelEvent, PinwheelEventName } from './PinwheelEventPayloads'
import { isPinwheelEventName } from './pinwheelEventNames'

type Raw = Record<string, unknown>
/** The path of the field at fault and what is wrong with it. */
type Problem = [field: string, reason: string]

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What each field kind of {@link eventFieldRules} must be. Only arrow functions: a bare
 * `Number.isFinite` would read a global at load, which bundlers must keep in every bundle.
 */
const kinds: Record<string, [string, (value: unknown) => boolean]> = {
  s: ['a string', (value) => typeof value === 'string'],
  n: ['a finite number', (value) => Number.isFinite(value)],
  o: ['an object', isRecord],
  b: ['a boolean', (value) => typeof value === 'boolean'],
  a: ['an array', (value) => Array.isArray(value)],
}

/** The first field of `raw` that breaks `rules`, or `undefined` when none does. */
function checkFields(raw: Raw, rules: string, prefix = ''): Problem | undefined {
  for (const rule of rules.split(' ')) {
    const [, key = '', kind = '', optional] = /^(\w*):?(\w?)([?~]?)$/.exec(rule) ?? []
    const value = raw[key]
    if (!key || (optional && value === undefined) || (optional === '~' && value === null)) continue
    const [what, test] = kinds[kind || 's'] as [string, (value: unknown) => boolean]
    if (!test(value)) return [prefix + key, `"${prefix}${key}" must be ${what}`]
  }
  return undefined
}

/** An `input_allocation` payload (or v3 `success.params`) at `prefix`: a copy, or the problem. */
function checkAllocation(raw: Raw, prefix: string): Raw | Problem {
  const { action, allocation } = raw
  const at = `${prefix}allocation`
  // Link v3+ sends `{action: null, allocation: null}` when the user chose no amount.
  if (action === null) return { ...raw, allocation: null }
  const partial = action === 'partial_switch'
  if (!partial && action !== 'full_switch')
    return [`${prefix}action`, `"${prefix}action" must be "full_switch", "partial_switch" or null`]
  if (allocation == null)
    return partial ? [at, `a partial_switch needs an "${at}" object`] : { ...raw }
  if (!isRecord(allocation)) return [at, `"${at}" must be an object`]
  const { target, type } = allocation
  const bad =
    checkFields(allocation, 'target:o~', `${at}.`) ??
    (isRecord(target)
      ? checkFields(target, 'accountType accountName~', `${at}.target.`)
      : undefined)
  if (bad) return bad
  if (partial && type !== 'remainder') {
    if (type !== 'percentage' && type !== 'amount')
      return [`${at}.type`, `"${at}.type" must be "percentage", "amount" or "remainder"`]
    const value = checkFields(allocation, 'value:n', `${at}.`)
    if (value) return value
  }
  return { ...raw, allocation: { ...allocation } }
}

/** The typed payload of a documented event (a copy), or the problem with `raw`. */
function parsePayload(name: PinwheelEventName, raw: Raw): Raw | Problem {
  if (name === 'exit') {
    if (Object.keys(raw).length === 0) return {}
    // The Android SDK reads the error of an exit under `payload.error`.
    if (raw.type === undefined && isRecord(raw.error)) raw = raw.error
    name = 'error'
  }
  if (name === 'screen_transition') {
    // The seed and react-modal's early v2.3 types spell it `screen_name`; SDK 3.0.3+ `screenName`.
    const { screen_name, ...rest } = raw
    raw = { ...rest, screenName: raw.screenName ?? screen_name }
  }
  const bad = checkFields(raw, eventFieldRules[name])
  if (bad) return bad
  switch (name) {
    case 'input_amount':
      return raw.unit === '$' || raw.unit === '%'
        ? { ...raw }
        : ['unit', '"unit" must be "$" or "%"']
    case 'input_allocation':
      return checkAllocation(raw, '')
    case 'success': {
      const params = raw.params
      if (!isRecord(params)) return { ...raw }
      const checked =
        'action' in params
          ? checkAllocation(params, 'params.')
          : isRecord(params.amount)
            ? (checkFields(params.amount, 'value:n unit', 'params.amount.') ?? { ...params })
            : { ...params }
      return Array.isArray(checked) ? checked : { ...raw, params: checked }
    }
    case 'error':
      // Link before v2.3 (and the capacitor SDK's type) may leave these out.
      return { ...raw, message: raw.message ?? '', pendingRetry: raw.pendingRetry === true }
    default:
      return { ...raw }
  }
}

/**
 * Turns a raw `(name, payload)` from the Link script into a typed {@link PinwheelEvent}.
 *
 * Names are matched case-insensitively (the Android SDK reports `LOGIN`). A documented name whose
 * payload does not fit becomes an `invalid` event that keeps the payload and names the field at
 * fault; a name this version does not know becomes an `unknown` event with the raw data. It never
 * throws, whatever it is given.
 *
 * @example
 * ```ts
 * onEvent: (name, payload) => {
 *   const event = parsePinwheelEvent(name, payload)
 *   if (event.name === 'invalid') console.warn(event.payload.field, event.payload.reason)
 * }
 * ```
 */
export function parsePinwheelEvent(name: unknown, payload: unknown): PinwheelEvent {
  let known: PinwheelEventName | undefined
  const keep = (reason: string, field = ''): PinwheelEvent =>
    known
      ? ({
          name: 'invalid',
          payload: { rawName: known, rawPayload: payload, field, reason },
        } as PinwheelEvent)
      : { name: 'unknown', payload: { rawName: name, rawPayload: payload, reason } }
  try {
    const lower = typeof name === 'string' ? name.toLowerCase() : name
    if (!isPinwheelEventName(lower)) return keep(`unknown event name ${safeJson(name)}`)
    known = lower
    // `onExit()`, `onEvent('open')` and the capacitor SDK may pass nothing at all.
    const raw = payload ?? {}
    if (!isRecord(raw)) return keep(`payload of "${known}" must be an object`)
    const parsed = parsePayload(known, raw)
    if (Array.isArray(parsed)) return keep(`invalid "${known}" payload: ${parsed[1]}`, parsed[0])
    return { name: known, payload: parsed } as PinwheelEvent
  } catch (error) {
    // Hostile input (a throwing getter, a revoked Proxy) must not break the host page.
    return keep(`payload could not be read: ${describeThrown(error)}`)
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
