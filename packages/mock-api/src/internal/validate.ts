import { zValidator } from '@hono/zod-validator'
import type { Context } from 'hono'
import type { z } from 'zod'
import { apiError, linkError, type PinwheelApiFieldError } from './apiError.js'

type Target = 'json' | 'query'

const pathName = (path: readonly PropertyKey[]) =>
  path.length > 0 ? path.map(String).join('.') : '(body)'

/** Turns zod issues into one `{ name, message }` per field; an unknown key is a field of its own. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): PinwheelApiFieldError[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          name: pathName([...issue.path, key]),
          message: `${key} is not a field of this request in this Pinwheel-Version: remove it (or send the Pinwheel-Version that has it).`,
        }))
      : [{ name: pathName(issue.path), message: issue.message }],
  )
}

/**
 * The UPPER_SNAKE code of a validation error, after its first field, the way Pinwheel names them
 * (`routing_number` → `INVALID_ROUTING_NUMBER`); an unknown key → `UNRECOGNIZED_FIELD`.
 */
export function validationCode(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0]
  if (!first) return 'INVALID_REQUEST_PARAMETERS'
  if (first.code === 'unrecognized_keys') return 'UNRECOGNIZED_FIELD'
  const named = [...first.path].reverse().find((part) => typeof part === 'string')
  return named ? `INVALID_${named.toUpperCase()}` : 'INVALID_REQUEST_BODY'
}

/** Answers 400 `INVALID_REQUEST_PARAMETERS` listing every bad field of a failed parse. */
export function validationError(
  c: Context,
  issues: readonly z.core.$ZodIssue[],
  jsonBody: boolean,
): Response {
  const fields = fieldErrors(issues)
  const names = fields.map((f) => f.name).join(', ')
  const hint =
    jsonBody && !c.req.header('content-type')?.includes('json')
      ? ' Send the body as JSON with `content-type: application/json`.'
      : ''
  return apiError(
    c,
    400,
    'INVALID_REQUEST_PARAMETERS',
    validationCode(issues),
    `Validation error: ${names}. See \`error.fields\` for each one.${hint}`,
    fields,
  )
}

/**
 * Validates a REST request part with zod; a failure answers 400 `INVALID_REQUEST_PARAMETERS`
 * listing every bad field.
 */
export function validateApi<Schema extends z.ZodType, T extends Target>(target: T, schema: Schema) {
  return zValidator(target, schema, (result, c) =>
    result.success ? undefined : validationError(c, result.error.issues, target === 'json'),
  )
}

/** Validates an internal Link request body; a failure answers 400 `clientError`/`invalidRequest`. */
export function validateLink<Schema extends z.ZodType>(schema: Schema) {
  return zValidator('json', schema, (result, c) => {
    if (result.success) return undefined
    const detail = fieldErrors(result.error.issues)
      .map((f) => `${f.name}: ${f.message}`)
      .join('; ')
    return linkError(c, 400, 'clientError', 'invalidRequest', `Invalid Link request: ${detail}`)
  })
}
