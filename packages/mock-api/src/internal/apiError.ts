import type { LinkApiErrorResponse } from '@linkwheel/sandbox-link'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The error types Pinwheel's REST API answers with (docs page `api-errors`). */
export type PinwheelApiErrorType =
  | 'RECORD_NOT_FOUND'
  | 'INVALID_REQUEST_PARAMETERS'
  | 'UNAUTHORIZED_REQUEST'
  | 'UNKNOWN_ERROR'

/** One invalid request field, as Pinwheel lists it in a 400 answer: `{ name, message }`. */
export interface PinwheelApiFieldError {
  /** The field, dotted for nested ones (`allocation.targets.0.routing_number`), or a header name. */
  name: string
  /** Why it was rejected and what a valid value looks like. */
  message: string
}

/** Body of every REST API error: `{ error: { type, code, message, status_code, fields? } }`. */
export interface PinwheelApiErrorBody {
  /** What went wrong. */
  error: {
    /** Error class. */
    type: PinwheelApiErrorType
    /** Specific cause, UPPER_SNAKE (e.g. `INVALID_ROUTING_NUMBER`); stable, unlike `message`. */
    code: string
    /** Human-readable explanation that says what to do. */
    message: string
    /** The HTTP status, repeated in the body. */
    status_code: number
    /** Each rejected field (validation errors only). */
    fields?: PinwheelApiFieldError[]
  }
}

/** Builds a REST API error body in Pinwheel's shape. */
export function apiErrorBody(
  status: number,
  type: PinwheelApiErrorType,
  code: string,
  message: string,
  fields?: PinwheelApiFieldError[],
): PinwheelApiErrorBody {
  return { error: { type, code, message, status_code: status, ...(fields ? { fields } : {}) } }
}

/** Answers with a REST API error in Pinwheel's shape. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  type: PinwheelApiErrorType,
  code: string,
  message: string,
  fields?: PinwheelApiFieldError[],
): Response {
  return c.json(apiErrorBody(status, type, code, message, fields), status)
}

/** Answers an internal Link endpoint with the Link `PinwheelError` shape. */
export function linkError(
  c: Context,
  status: ContentfulStatusCode,
  type: string,
  code: string,
  message: string,
  pendingRetry = false,
): Response {
  const body: LinkApiErrorResponse = { error: { type, code, message, pendingRetry } }
  return c.json(body, status)
}
