import type { MeasuredEntry } from './measureSizeEntries'

/** The shape of `bench/size-budget.json`. */
export interface SizeBudget {
  /** Max sizes in bytes per entry id; an entry without a budget is measured but not checked. */
  budgets: Record<string, { gzip?: number; brotli?: number; minified?: number }>
  /** Entry ids whose gzip size must be below every peer's. @default [] */
  smallerThanPeers?: string[]
}

/** One budget that a measurement broke (or could not be checked). */
export interface BudgetViolation {
  /** The entry id. */
  id: string
  /** What went wrong, ready to print. */
  message: string
}

/**
 * Compares measured sizes with the budget. An entry with a budget that could not be measured is
 * a violation too: CI must not pass because a package failed to build.
 */
export function checkSizeBudget(
  budget: SizeBudget,
  measured: readonly MeasuredEntry[],
): BudgetViolation[] {
  const violations: BudgetViolation[] = []
  const byId = new Map(measured.map((entry) => [entry.id, entry]))
  for (const [id, limits] of Object.entries(budget.budgets)) {
    const entry = byId.get(id)
    if (!entry) {
      violations.push({ id, message: `${id}: no such entry in bench/src/sizeEntries.ts` })
      continue
    }
    if (!entry.ok) {
      violations.push({ id, message: `${id}: could not be measured (${entry.reason})` })
      continue
    }
    for (const metric of ['gzip', 'brotli', 'minified'] as const) {
      const limit = limits[metric]
      if (limit !== undefined && entry.size[metric] > limit) {
        violations.push({
          id,
          message: `${id}: ${metric} ${entry.size[metric]} B exceeds the budget of ${limit} B by ${entry.size[metric] - limit} B`,
        })
      }
    }
  }
  const peers = measured.filter((entry) => entry.kind === 'peer')
  for (const id of budget.smallerThanPeers ?? []) {
    const entry = byId.get(id)
    if (!entry?.ok) {
      violations.push({ id, message: `${id}: could not be compared with the peers (not measured)` })
      continue
    }
    for (const peer of peers) {
      if (!peer.ok) {
        violations.push({
          id,
          message: `${id}: peer ${peer.id} could not be measured (${peer.reason})`,
        })
      } else if (entry.size.gzip >= peer.size.gzip) {
        violations.push({
          id,
          message: `${id}: ${entry.size.gzip} B gzip is not smaller than ${peer.id} (${peer.size.gzip} B)`,
        })
      }
    }
  }
  return violations
}

/** Reads and validates `size-budget.json`; throws with what to fix when it is malformed. */
export function parseSizeBudget(json: unknown): SizeBudget {
  if (typeof json !== 'object' || json === null || !('budgets' in json)) {
    throw new TypeError(
      'bench/size-budget.json must be an object with a "budgets" map: see bench/README.md',
    )
  }
  const { budgets, smallerThanPeers } = json as { budgets: unknown; smallerThanPeers?: unknown }
  if (typeof budgets !== 'object' || budgets === null) {
    throw new TypeError(
      'bench/size-budget.json: "budgets" must map entry ids to { gzip?, brotli?, minified? }',
    )
  }
  for (const [id, limits] of Object.entries(budgets)) {
    for (const [metric, value] of Object.entries(limits as object)) {
      if (
        !['gzip', 'brotli', 'minified'].includes(metric) ||
        typeof value !== 'number' ||
        value <= 0
      ) {
        throw new TypeError(
          `bench/size-budget.json: budgets.${id}.${metric} must be gzip, brotli or minified with a positive byte count`,
        )
      }
    }
  }
  if (
    smallerThanPeers !== undefined &&
    !(Array.isArray(smallerThanPeers) && smallerThanPeers.every((s) => typeof s === 'string'))
  ) {
    throw new TypeError('bench/size-budget.json: "smallerThanPeers" must be an array of entry ids')
  }
  return {
    budgets: budgets as SizeBudget['budgets'],
    smallerThanPeers: (smallerThanPeers as string[] | undefined) ?? [],
  }
}
