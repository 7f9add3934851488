import { z } from 'zod'

/**
 * Bounds of a direct deposit allocation, as Pinwheel's platform objects state them
 * (`min_amount: 1.0`, `max_amount: 9999.0`) and as a percentage can be (1–100).
 */
export const allocationLimits = {
  minAmount: 1,
  maxAmount: 9999,
  minPercentage: 1,
  maxPercentage: 100,
} as const

const cents = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6

/** A dollar amount per paycheck: finite, 1 to 9999, at most two decimals. */
export const allocationAmount = (field: string) =>
  z
    .number(`${field} must be a number of dollars.`)
    .refine(
      (value) =>
        Number.isFinite(value) &&
        value >= allocationLimits.minAmount &&
        value <= allocationLimits.maxAmount,
      `${field} must be from ${allocationLimits.minAmount} to ${allocationLimits.maxAmount} dollars.`,
    )
    .refine(
      (value) => !Number.isFinite(value) || value > allocationLimits.maxAmount || cents(value),
      `${field} must have at most two decimals (whole cents).`,
    )

/** A whole percentage of pay: 1 to 100. */
export const allocationPercentage = (field: string) =>
  z
    .number(`${field} must be a number.`)
    .int(`${field} must be a whole percentage.`)
    .min(allocationLimits.minPercentage, `${field} must be at least 1 (percent).`)
    .max(allocationLimits.maxPercentage, `${field} must be at most 100 (percent).`)
