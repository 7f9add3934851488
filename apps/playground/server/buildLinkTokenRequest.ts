/** What the page's token builder sends to `POST /api/link-token`. */
export interface LinkTokenOptions {
  /** Jobs to request, e.g. `['direct_deposit_switch', 'identity']`. */
  jobs: string[]
  /** The app's id for the user (required unless `account_id`). */
  end_user_id?: string
  /** On Demand Update: the account to open again. */
  account_id?: string
  /** Link's language. @default 'en' */
  language?: 'en' | 'es'
  /** Skip Link's intro screen. @default false */
  skip_intro_screen?: boolean
  /** Preselect an employer. */
  employer_id?: string
  /** Preselect a platform. */
  platform_id?: string
  /** Where a direct deposit switch sends pay. */
  deposit?: { account_type: 'checking' | 'savings'; routing_number: string; account_number: string }
  /** Hide the partial switch option. @default false */
  disable_partial_switch?: boolean
}

/** The result of {@link buildLinkTokenRequest}: a body for `POST /v1/link_tokens`, or why not. */
export type LinkTokenRequestResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; fields: { field: string; message: string }[] }

const optionalStrings = ['end_user_id', 'account_id', 'employer_id', 'platform_id'] as const

/**
 * Turns the page's options into Pinwheel's `POST /v1/link_tokens` body (`org_name`,
 * `required_jobs`, deposit fields flattened). Checks only the shape here; Pinwheel (the mock)
 * validates the values and its field errors are passed back to the page.
 */
export function buildLinkTokenRequest(input: unknown, orgName: string): LinkTokenRequestResult {
  const fields: { field: string; message: string }[] = []
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, fields: [{ field: '(body)', message: 'Send a JSON object of options.' }] }
  }
  const options = input as Record<string, unknown>
  const body: Record<string, unknown> = { org_name: orgName }
  const { jobs } = options
  if (!Array.isArray(jobs) || jobs.length === 0 || !jobs.every((job) => typeof job === 'string')) {
    fields.push({ field: 'jobs', message: 'Choose at least one job (a list of job names).' })
  } else {
    body.required_jobs = jobs
  }
  for (const key of optionalStrings) {
    const value = options[key]
    if (value === undefined || value === null || value === '') continue
    if (typeof value !== 'string') fields.push({ field: key, message: 'Must be a string.' })
    else body[key] = value.trim()
  }
  if (options.language !== undefined) {
    if (options.language !== 'en' && options.language !== 'es') {
      fields.push({ field: 'language', message: 'Use `en` or `es`.' })
    } else body.language = options.language
  }
  for (const key of ['skip_intro_screen', 'disable_partial_switch'] as const) {
    const value = options[key]
    if (value === undefined) continue
    if (typeof value !== 'boolean') fields.push({ field: key, message: 'Must be true or false.' })
    else if (value) body[key] = true
  }
  const deposit = options.deposit
  if (deposit !== undefined && deposit !== null) {
    const target = deposit as Record<string, unknown>
    for (const key of ['account_type', 'routing_number', 'account_number'] as const) {
      if (typeof target[key] !== 'string' || target[key] === '') {
        fields.push({
          field: `deposit.${key}`,
          message: 'Fill in the deposit account, or remove it.',
        })
      } else body[key] = (target[key] as string).trim()
    }
  }
  return fields.length > 0 ? { ok: false, fields } : { ok: true, body }
}
