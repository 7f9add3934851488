import { z } from 'zod'

/** Zod options whose message says whether the field is missing or wrong. */
export const required = (field: string, what: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? `${field} is required: ${what}.` : `${field} must be ${what}.`,
})

/** The fields every version of `POST /v1/link_tokens` shares. */
export const commonLinkTokenFields = {
  org_name: z
    .string(required('org_name', 'your app name as shown in Link, 3 to 30 characters'))
    .min(3, 'org_name must have at least 3 characters.')
    .max(30, 'org_name must have at most 30 characters.'),
  end_user_id: z
    .string('end_user_id must be a string (your id for the user).')
    .trim()
    .min(1, 'end_user_id must not be empty.')
    .max(255, 'end_user_id must have at most 255 characters.')
    .optional(),
  account_id: z
    .uuid('account_id must be a UUID from an account.added webhook or the login event.')
    .optional(),
  skip_intro_screen: z.boolean('skip_intro_screen must be true or false.').optional(),
  employer_id: z.string('employer_id must be a string.').optional(),
  platform_id: z.string('platform_id must be a string.').optional(),
  language: z.enum(['en', 'es'], { error: () => 'language must be en or es.' }).optional(),
  disable_direct_deposit_splitting: z
    .boolean('disable_direct_deposit_splitting must be true or false.')
    .optional(),
  tags: z
    .record(
      z.string().max(255, 'a tag key must have at most 255 characters.'),
      z
        .string('every tag value must be a string.')
        .max(255, 'a tag value must have at most 255 characters.'),
      'tags must be an object of string keys and string values.',
    )
    .refine((tags) => Object.keys(tags).length <= 50, 'tags may hold at most 50 keys.')
    .optional(),
}

/** A bank account a direct deposit switch may send pay to (`BankAccountDetails`). */
export const bankAccountFields = {
  account_type: z.enum(['checking', 'savings'], {
    error: () => 'account_type must be checking or savings.',
  }),
  routing_number: z
    .string('routing_number must be a string of 9 digits.')
    .regex(/^\d{9}$/, 'routing_number must be exactly 9 digits.'),
  account_number: z
    .string('account_number must be a string of 5 to 17 digits.')
    .regex(/^\d{5,17}$/, 'account_number must be 5 to 17 digits.'),
}
