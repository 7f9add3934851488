import { z } from 'zod'
import { allocationAmount } from '../internal/allocationLimits.js'
import { linkTokenJobs } from '../webhooks/webhookEvents.js'
import { checkLinkTokenRules, isObjectValue } from './checkLinkTokenRules.js'
import { bankAccountFields, commonLinkTokenFields, required } from './linkTokenFields.js'

/** `solution` values of `LinkTokenCreate_v2025_07_08`. */
export const linkSolutions = [
  'Verify',
  'Bill Switch',
  'Bill Manager',
  'Paycheck Viewer',
  'Switch Kit',
  'Deposit Switch',
] as const

const digits = (field: string, length: number) =>
  z
    .string(`${field} must be a string of ${length} digits.`)
    .regex(new RegExp(`^\\d{${length}}$`), `${field} must be exactly ${length} digits.`)

const target = z.strictObject({
  name: z
    .string('name must be a string.')
    .max(100, 'name must have at most 100 characters.')
    .optional(),
  type: bankAccountFields.account_type,
  routing_number: bankAccountFields.routing_number,
  account_number: bankAccountFields.account_number,
})

const allocation = z.strictObject({
  type: z
    .enum(['amount'], { error: () => 'allocation.type must be amount, or be left out.' })
    .optional(),
  value: allocationAmount('allocation.value').optional(),
  min_amount: allocationAmount('allocation.min_amount').optional(),
  targets: z
    .array(target, 'allocation.targets must be a list of bank accounts.')
    .max(10)
    .optional(),
})

const platformMatching = z.strictObject({
  social_security_number: digits('social_security_number', 9).optional(),
  social_security_number_last_four: digits('social_security_number_last_four', 4).optional(),
  date_of_birth: z.iso.date('date_of_birth must be a date as YYYY-MM-DD.').optional(),
  last_name: z.string('last_name must be a string.').max(100).optional(),
  first_name: z.string('first_name must be a string.').max(100).optional(),
  mobile_phone_number: digits('mobile_phone_number', 10).optional(),
  home_address_zip_code: digits('home_address_zip_code', 5).optional(),
  email: z.email('email must be a valid email address.').optional(),
})

const card = z.strictObject({
  card_name: z.string().min(2).max(30),
  card_number: z.string().regex(/^\d{8,19}$/, 'card_number must be 8 to 19 digits.'),
  cvc: z.string().min(3).max(4).optional(),
  expiration_date: z.string().regex(/^\d{2}\/\d{2}$/, 'expiration_date must be MM/YY.'),
  name_on_card: z.string().min(1).max(100),
  card_zip_code: digits('card_zip_code', 5),
  billing_address: z.string().max(200).optional(),
  billing_address_two: z.string().max(200).optional(),
  city: z.string().max(100).optional(),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, 'state must be a two-letter state code.')
    .optional(),
})

const unrunnable = (job: string) =>
  `${job} is a Pinwheel feature the mock sandbox cannot run; it runs: ${linkTokenJobs.join(', ')}.`

/**
 * `POST /v1/link_tokens` body of version 2025-07-08 (`LinkTokenCreate_v2025_07_08` in Pinwheel's
 * OpenAPI spec): `org_name` and `solution` required, jobs as `features`, the deposit accounts in
 * `allocation.targets`. Unknown keys are refused.
 */
export const linkTokenBody2025 = z
  .strictObject({
    ...commonLinkTokenFields,
    solution: z.enum(linkSolutions, required('solution', `one of: ${linkSolutions.join(', ')}`)),
    features: z
      .array(
        z
          .string('Each features value must be a job name.')
          .refine((job) => (linkTokenJobs as readonly string[]).includes(job), {
            error: (issue) => unrunnable(String(issue.input)),
          }),
        'features must be a list of jobs.',
      )
      .min(1, 'features must list at least one job.')
      .refine((jobs) => new Set(jobs).size === jobs.length, 'features has a duplicate job.')
      .optional(),
    allocation: allocation.optional(),
    platform_type: z
      .enum(['payroll', 'time_and_attendance', 'tax', 'merchant'], {
        error: () => 'platform_type must be payroll, time_and_attendance, tax or merchant.',
      })
      .optional(),
    document_uploads: z.enum(['direct', 'fallback', 'disabled']).optional(),
    deposit_forms: z.enum(['direct', 'fallback', 'disabled']).optional(),
    use_case: z.enum(['account_onboarding', 'account_servicing', 'underwriting']).optional(),
    end_user: z.strictObject({ platform_matching: platformMatching.optional() }).optional(),
    cards: z.array(card).max(10).optional(),
    reseller_customer_id: z
      .string()
      .max(40)
      .nullable()
      .refine(
        (id) => id === null,
        'reseller_customer_id must be null: this sandbox workspace is not a reseller.',
      )
      .optional(),
  })
  .superRefine(
    (raw, ctx) => {
      const body = raw as Record<string, unknown>
      checkLinkTokenRules(body, ctx as never)
      if (body.features === undefined && body.account_id === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['features'],
          message: 'features is required unless account_id is given: list the jobs to run.',
        })
      }
      const features = Array.isArray(body.features) ? body.features : []
      const plan = (body.allocation ?? {}) as Record<string, unknown>
      const targets = Array.isArray(plan.targets) ? plan.targets : []
      if (features.includes('direct_deposit_switch') && targets.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['allocation', 'targets'],
          message:
            'allocation.targets is required for direct_deposit_switch: give at least one {type, routing_number, account_number}.',
        })
      }
      if (plan.type === 'amount' && plan.value === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['allocation', 'value'],
          message: 'allocation.value is required when allocation.type is amount.',
        })
      }
      const { value, min_amount: min } = plan
      if (typeof value === 'number' && typeof min === 'number' && value < min) {
        ctx.addIssue({
          code: 'custom',
          path: ['allocation', 'value'],
          message: 'allocation.value must be at least allocation.min_amount.',
        })
      }
    },
    { when: isObjectValue },
  )

/** A valid 2025-07-08 `POST /v1/link_tokens` body. */
export type LinkTokenBody2025 = z.infer<typeof linkTokenBody2025>
