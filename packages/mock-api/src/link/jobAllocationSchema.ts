import { z } from 'zod'
import { allocationAmount, allocationPercentage } from '../internal/allocationLimits.js'

/**
 * The allocation the sandbox Link sends with a `direct_deposit_switch` (its `input_allocation`):
 * a full switch, or a partial one of a percentage (1–100), an amount (1–9999 dollars) or the
 * remainder.
 */
export const jobAllocationSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('full_switch') }),
  z.strictObject({
    action: z.literal('partial_switch'),
    allocation: z.discriminatedUnion('type', [
      z.strictObject({
        type: z.literal('percentage'),
        value: allocationPercentage('allocation.value'),
      }),
      z.strictObject({ type: z.literal('amount'), value: allocationAmount('allocation.value') }),
      z.strictObject({ type: z.literal('remainder') }),
    ]),
  }),
])

/** A valid switch allocation. */
export type JobAllocation = z.infer<typeof jobAllocationSchema>
