/** The error body every `/api/*` route answers with: Pinwheel's REST error shape. */
export interface PlaygroundErrorBody {
  /** What went wrong. */
  error: {
    /** Pinwheel's error class (`INVALID_REQUEST_PARAMETERS`, …), or `MOCK_API_UNAVAILABLE`. */
    type: string
    /** A stable code, e.g. `invalid_request_parameters` or `mock_api_unreachable`. */
    code: string
    /** What happened and what to do about it. */
    message: string
    /** The HTTP status, repeated in the body. */
    status_code: number
    /** Each rejected field, when Pinwheel listed them. */
    fields?: { field: string; name?: string; message: string }[]
  }
}

/** Builds a {@link PlaygroundErrorBody}. */
export function playgroundError(
  status: number,
  type: string,
  code: string,
  message: string,
): PlaygroundErrorBody {
  return { error: { type, code, message, status_code: status } }
}
