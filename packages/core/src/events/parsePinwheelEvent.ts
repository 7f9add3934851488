import { eventFieldRules } from './eventFieldRules'
import type { PinwheelEvent, PinwheelEventName } from './PinwheelEventPayloads'
import { isPinwheelEventName } from './pinwheelEventNames'

/** Bundlers replace `process.env.NODE_ENV`; declared here, not from Node's types, for the build. */
declare const process: { env: { NODE_ENV?: string } }

type Raw = Record<string, unknown>
/** The path of the field at fault and what is wrong with it. */
type Problem = [field: string, reason: string]

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Whether `value` is of a field kind of {@link eventFieldRules}: `s` string, `n` finite number,
 * `o` object, `b` boolean, `a` array.
 */
const isKind = (kind: string, value: unknown): boolean =>
  kind === 'n'
    ? Number.isFinite(value)
    : kind === 'o'
      ? isRecord(value)
      : kind === 'a'
        ? Array.isArray(value)
        : typeof value === (kind === 'b' ? 'boolean' : 'string')

/** What a field of `kind` must be, for the development-only reasons. */
const kindNames: Record<string, string> = {
  s: 'a string',
  n: 'a finite number',
  o: 'an object',
  b: 'a boolean',
  a: 'an array',
}

/** Each rules string split and matched once, not for every event. */
const parsedRules = /* @__PURE__ */ new Map<string, (string | undefined)[][]>()

/**
 * The first field of `raw` that breaks `rules`, or `undefined` when none does. A rule is `key`
 * (a string), `key:kind` (see {@link isKind}) or `key=a|b` (one of those strings), then `?` when
 * the field may be absent or `~` when it may also be `null`.
 */
function checkFields(raw: Raw, rules: string, prefix = ''): Problem | undefined {
  let parsed = parsedRules.get(rules)
  if (!parsed) {
    parsed = rules.split(' ').map((rule) => /^(\w*):?(\w?)=?([^?~]*)([?~]?)$/.exec(rule) ?? [])
    parsedRules.set(rules, parsed)
  }
  for (const [, key = '', kind = '', values, optional] of parsed) {
    const value = raw[key]
    if (!key || (optional && value === undefined) || (optional === '~' && value === null)) continue
    if (values ? !values.split('|').includes(value as string) : !isKind(kind || 's', value))
      return [
        prefix + key,
        process.env.NODE_ENV !== 'production'
          ? `"${prefix}${key}" must be ${
              values
                ? values
                    .split('|')
                    .map((one) => `"${one}"`)
                    .join(' or ')
                : kindNames[kind || 's']
            }${optional === '~' ? ' or null' : ''}`
          : values
            ? 'e'
            : kind || 's',
      ]
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
  const bad = checkFields(raw, 'action=full_switch|partial_switch', prefix)
  if (bad) return bad
  if (allocation == null)
    return partial
      ? [
          at,
          process.env.NODE_ENV !== 'production' ? `a partial_switch needs an "${at}" object` : 'o',
        ]
      : { ...raw }
  if (!isRecord(allocation))
    return [at, process.env.NODE_ENV !== 'production' ? `"${at}" must be an object` : 'o']
  const { target, type } = allocation
  return (
    checkFields(
      allocation,
      partial ? 'target:o~ type=percentage|amount|remainder' : 'target:o~',
      `${at}.`,
    ) ??
    (isRecord(target)
      ? checkFields(target, 'accountType accountName~', `${at}.target.`)
      : undefined) ??
    (partial && type !== 'remainder'
      ? checkFields(allocation, 'value:n', `${at}.`)
      : undefined) ?? {
      ...raw,
      allocation: { ...allocation },
    }
  )
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
    if (!isPinwheelEventName(lower))
      return keep(
        process.env.NODE_ENV !== 'production'
          ? `unknown event name ${safeJson(name)}`
          : 'unknown_name',
      )
    known = lower
    // `onExit()`, `onEvent('open')` and the capacitor SDK may pass nothing at all.
    const raw = payload ?? {}
    if (!isRecord(raw))
      return keep(
        process.env.NODE_ENV !== 'production' ? `payload of "${known}" must be an object` : 'o',
      )
    const parsed = parsePayload(known, raw)
    if (Array.isArray(parsed))
      return keep(
        process.env.NODE_ENV !== 'production'
          ? `invalid "${known}" payload: ${parsed[1]}`
          : parsed[1],
        parsed[0],
      )
    return { name: known, payload: parsed } as PinwheelEvent
  } catch (error) {
    // Hostile input (a throwing getter, a revoked Proxy) must not break the host page.
    return keep(
      process.env.NODE_ENV !== 'production'
        ? `payload could not be read: ${describeThrown(error)}`
        : 'unreadable',
    )
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
