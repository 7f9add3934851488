import { sandboxEmployers, sandboxPlatforms } from '@linkwheel/sandbox-link'
import { z } from 'zod'
import { linkTokenJobs } from '../webhooks/webhookEvents.js'

const required = (field: string, what: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? `${field} is required: ${what}.` : `${field} must be ${what}.`,
})

const allocationFields = ['account_type', 'routing_number', 'account_number'] as const

/**
 * Body of `POST /v1/link_tokens`. Cross-field rules (end user or account, allocation for a switch,
 * known employer and platform) are checked even when single fields fail, so one answer lists every
 * bad field.
 */
export const linkTokenRequestSchema = z
  .object({
    org_name: z
      .string(required('org_name', 'your app name as shown in Link, 3 to 30 characters'))
      .min(3, 'org_name must have at least 3 characters.')
      .max(30, 'org_name must have at most 30 characters.'),
    required_jobs: z
      .array(
        z.enum(linkTokenJobs, {
          error: () => `Each required_jobs value must be one of: ${linkTokenJobs.join(', ')}.`,
        }),
        required('required_jobs', 'a list of jobs'),
      )
      .min(1, 'required_jobs must list at least one job.')
      .refine((jobs) => new Set(jobs).size === jobs.length, 'required_jobs has a duplicate job.'),
    end_user_id: z
      .string('end_user_id must be a string (your id for the user).')
      .min(1, 'end_user_id must not be empty.')
      .max(255, 'end_user_id must have at most 255 characters.')
      .optional(),
    account_id: z
      .uuid('account_id must be a UUID from an account.added webhook or the login event.')
      .optional(),
    account_type: z
      .enum(['checking', 'savings'], { error: () => 'account_type must be checking or savings.' })
      .optional(),
    routing_number: z
      .string('routing_number must be a string of 9 digits.')
      .regex(/^\d{9}$/, 'routing_number must be exactly 9 digits.')
      .optional(),
    account_number: z
      .string('account_number must be a string of 4 to 17 digits.')
      .regex(/^\d{4,17}$/, 'account_number must be 4 to 17 digits.')
      .optional(),
    skip_intro_screen: z.boolean('skip_intro_screen must be true or false.').optional(),
    employer_id: z.string('employer_id must be a string.').optional(),
    platform_id: z.string('platform_id must be a string.').optional(),
    language: z.enum(['en', 'es'], { error: () => 'language must be en or es.' }).optional(),
    disable_partial_switch: z.boolean('disable_partial_switch must be true or false.').optional(),
  })
  .superRefine(
    (raw, ctx) => {
      const body = raw as Record<string, unknown>
      if (body.end_user_id === undefined && body.account_id === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['end_user_id'],
          message:
            'end_user_id is required unless account_id is given (On Demand Update): pass your id for the user.',
        })
      }
      const jobs = Array.isArray(body.required_jobs) ? body.required_jobs : []
      const given = allocationFields.filter((field) => body[field] !== undefined)
      if (jobs.includes('direct_deposit_switch') || given.length > 0) {
        for (const field of allocationFields) {
          if (body[field] !== undefined) continue
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `${field} is required for a direct deposit switch: give account_type, routing_number and account_number together.`,
          })
        }
      }
      const employer =
        typeof body.employer_id === 'string'
          ? sandboxEmployers.find((e) => e.id === body.employer_id)
          : undefined
      if (typeof body.employer_id === 'string' && !employer) {
        ctx.addIssue({
          code: 'custom',
          path: ['employer_id'],
          message: `employer_id ${JSON.stringify(body.employer_id)} is not a sandbox employer (e.g. ${sandboxEmployers[0]?.id}).`,
        })
      }
      if (typeof body.platform_id === 'string') {
        if (!sandboxPlatforms.some((p) => p.id === body.platform_id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['platform_id'],
            message: `platform_id ${JSON.stringify(body.platform_id)} is not a sandbox platform (e.g. ${sandboxPlatforms[0]?.id}).`,
          })
        } else if (employer && employer.platformId !== body.platform_id) {
          ctx.addIssue({
            code: 'custom',
            path: ['platform_id'],
            message: `platform_id must be ${employer.platformId}, the platform of employer ${employer.id}, or be left out.`,
          })
        }
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )

/** A valid `POST /v1/link_tokens` body. */
export type LinkTokenRequest = z.infer<typeof linkTokenRequestSchema>
