import { zValidator } from '@hono/zod-validator'
import type { z } from 'zod'
import { apiError, linkError, type PinwheelApiFieldError } from './apiError.js'

type Target = 'json' | 'query'

/** Turns zod issues into one entry per field, naming the field and the fix. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): PinwheelApiFieldError[] {
  return issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }))
}

/**
 * Validates a REST request part with zod; a failure answers 400 `INVALID_REQUEST_PARAMETERS`
 * listing every bad field.
 */
export function validateApi<Schema extends z.ZodType, T extends Target>(target: T, schema: Schema) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return undefined
    const fields = fieldErrors(result.error.issues)
    const names = fields.map((f) => f.field).join(', ')
    const hint =
      target === 'json' && !c.req.header('content-type')?.includes('json')
        ? ' Send the body as JSON with `content-type: application/json`.'
        : ''
    return apiError(
      c,
      400,
      'INVALID_REQUEST_PARAMETERS',
      'invalid_request_parameters',
      `Invalid request parameters: ${names}. See \`error.fields\` for each one.${hint}`,
      fields,
    )
  })
}

/** Validates an internal Link request body; a failure answers 400 `clientError`/`invalidRequest`. */
export function validateLink<Schema extends z.ZodType>(schema: Schema) {
  return zValidator('json', schema, (result, c) => {
    if (result.success) return undefined
    const detail = fieldErrors(result.error.issues)
      .map((f) => `${f.field}: ${f.message}`)
      .join('; ')
    return linkError(c, 400, 'clientError', 'invalidRequest', `Invalid Link request: ${detail}`)
  })
}
