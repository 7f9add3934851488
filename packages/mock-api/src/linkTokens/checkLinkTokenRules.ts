import { sandboxEmployers, sandboxPlatforms } from '@linkwheel/sandbox-link'
import type { z } from 'zod'

type Body = Record<string, unknown>

/**
 * The rules of `POST /v1/link_tokens` that span fields, shared by every version: an end user or
 * an account, and a known sandbox employer and platform that agree. They run even when single
 * fields failed, so one answer lists every bad field.
 */
export function checkLinkTokenRules(body: Body, ctx: z.core.$RefinementCtx<Body>): void {
  if (body.end_user_id === undefined && body.account_id === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['end_user_id'],
      message:
        'end_user_id is required unless account_id is given (On Demand Update): pass your id for the user.',
    })
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
  if (typeof body.platform_id !== 'string') return
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

/** Whether a parsed-so-far value is an object the cross-field rules can read. */
export const isObjectValue = (payload: { value: unknown }) =>
  typeof payload.value === 'object' && payload.value !== null
