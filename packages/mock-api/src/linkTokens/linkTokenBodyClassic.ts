import { z } from 'zod'
import { allocationAmount } from '../internal/allocationLimits.js'
import { linkTokenJobs } from '../webhooks/webhookEvents.js'
import { checkLinkTokenRules, isObjectValue } from './checkLinkTokenRules.js'
import { bankAccountFields, commonLinkTokenFields, required } from './linkTokenFields.js'

const depositFields = ['account_type', 'routing_number', 'account_number'] as const

/**
 * `POST /v1/link_tokens` body of versions 2022-03-02 to 2023-11-22, the form of Pinwheel's guides
 * (Link introduction, On Demand Updates): `required_jobs`, and the deposit account as top-level
 * `account_type` / `routing_number` / `account_number`. Unknown keys are refused.
 */
export const linkTokenBodyClassic = z
  .strictObject({
    ...commonLinkTokenFields,
    required_jobs: z
      .array(
        z.enum(linkTokenJobs, {
          error: () => `Each required_jobs value must be one of: ${linkTokenJobs.join(', ')}.`,
        }),
        required('required_jobs', 'a list of jobs'),
      )
      .min(1, 'required_jobs must list at least one job.')
      .refine((jobs) => new Set(jobs).size === jobs.length, 'required_jobs has a duplicate job.'),
    account_type: bankAccountFields.account_type.optional(),
    routing_number: bankAccountFields.routing_number.optional(),
    account_number: bankAccountFields.account_number.optional(),
    amount: allocationAmount('amount').optional(),
  })
  .superRefine(
    (raw, ctx) => {
      const body = raw as Record<string, unknown>
      checkLinkTokenRules(body, ctx as never)
      const jobs = Array.isArray(body.required_jobs) ? body.required_jobs : []
      const given = depositFields.some((field) => body[field] !== undefined)
      if (!jobs.includes('direct_deposit_switch') && !given) return
      for (const field of depositFields) {
        if (body[field] !== undefined) continue
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} is required for a direct deposit switch: give account_type, routing_number and account_number together.`,
        })
      }
    },
    { when: isObjectValue },
  )

/** A valid classic `POST /v1/link_tokens` body. */
export type LinkTokenBodyClassic = z.infer<typeof linkTokenBodyClassic>
