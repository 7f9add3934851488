/**
 * `pnpm --filter @linkwheel/bench size:check`: measures the budgeted entries of
 * `size-budget.json` (from the built `dist`, building it when missing or stale) and exits 1 when
 * one is over budget or cannot be measured. For CI. The file's `targets` (issue 7's goals, e.g.
 * PinwheelLink ≤ 2,000 B gzip and smaller than every peer) are reported as met or missed, and
 * never change the exit code: the enforced numbers are the `budgets`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkSizeBudget, parseSizeBudget } from './src/checkSizeBudget'
import { ensurePackagesBuilt } from './src/ensurePackagesBuilt'
import { markdownTable } from './src/markdownTable'
import { measureSizeEntries } from './src/measureSizeEntries'
import { benchDir } from './src/paths'
import { sizeEntries } from './src/sizeEntries'

/** A goal reported beside the budgets, not enforced: `targets.<entry id>` in size-budget.json. */
interface SizeTarget {
  /** Max gzip bytes aimed at. */
  gzip?: number
  /** Whether the entry aims to be smaller (gzip) than every peer entry. */
  smallerThanPeers?: boolean
}

function parseTargets(json: unknown): Record<string, SizeTarget> {
  const targets = (json as { targets?: unknown }).targets ?? {}
  if (typeof targets !== 'object' || targets === null) {
    throw new TypeError(
      'bench/size-budget.json: "targets" must map entry ids to { gzip?, smallerThanPeers? }',
    )
  }
  for (const [id, target] of Object.entries(targets)) {
    const { gzip, smallerThanPeers } = (target ?? {}) as Record<string, unknown>
    if (
      (gzip !== undefined && (typeof gzip !== 'number' || gzip <= 0)) ||
      (smallerThanPeers !== undefined && typeof smallerThanPeers !== 'boolean')
    ) {
      throw new TypeError(
        `bench/size-budget.json: targets.${id} must be { gzip?: positive bytes, smallerThanPeers?: boolean }`,
      )
    }
  }
  return targets as Record<string, SizeTarget>
}

const json: unknown = JSON.parse(readFileSync(path.join(benchDir, 'size-budget.json'), 'utf8'))
const budget = parseSizeBudget(json)
const targets = parseTargets(json)
const needsPeers =
  (budget.smallerThanPeers ?? []).length > 0 ||
  Object.values(targets).some((target) => target.smallerThanPeers)
const entries = sizeEntries.filter(
  (entry) =>
    entry.id in budget.budgets || entry.id in targets || (needsPeers && entry.kind === 'peer'),
)
const measured = await measureSizeEntries(entries, ensurePackagesBuilt())
console.log(
  markdownTable(
    ['entry', 'gzip (B)', 'budget gzip (B)', 'brotli (B)', 'min (B)'],
    measured.map((entry) => [
      entry.id,
      entry.ok ? entry.size.gzip : `not measured: ${entry.reason}`,
      budget.budgets[entry.id]?.gzip ?? '–',
      entry.ok ? entry.size.brotli : '–',
      entry.ok ? entry.size.minified : '–',
    ]),
  ),
)

// Targets: reported, never enforced (an unmet target is expected while it is work in progress).
const peers = measured.filter((entry) => entry.kind === 'peer')
const targetLines: string[] = []
for (const [id, target] of Object.entries(targets)) {
  const entry = measured.find((candidate) => candidate.id === id)
  if (!entry?.ok) {
    targetLines.push(`- ${id}: not measured, targets not checked`)
    continue
  }
  if (target.gzip !== undefined) {
    const met = entry.size.gzip <= target.gzip
    targetLines.push(
      `- ${id}: target ≤ ${target.gzip} B gzip: ${entry.size.gzip} B, ${met ? 'met' : `MISSED by ${entry.size.gzip - target.gzip} B`}`,
    )
  }
  if (target.smallerThanPeers) {
    const larger = peers.filter((peer) => !peer.ok || peer.size.gzip <= entry.size.gzip)
    targetLines.push(
      `- ${id}: target smaller than every peer: ${
        larger.length === 0
          ? 'met'
          : `MISSED (not smaller than ${larger.map((peer) => (peer.ok ? `${peer.id} ${peer.size.gzip} B` : `${peer.id} (not measured)`)).join(', ')})`
      }`,
    )
  }
}
if (targetLines.length > 0) {
  console.log('\nTargets (reported, not enforced):')
  for (const line of targetLines) console.log(line)
}

const violations = checkSizeBudget(budget, measured)
if (violations.length > 0) {
  console.error(`\nsize:check failed (${violations.length}):`)
  for (const violation of violations) console.error(`  - ${violation.message}`)
  console.error(
    'Shrink the entry, or raise its budget in bench/size-budget.json with a reason in the commit.',
  )
  process.exit(1)
}
console.log(
  '\nsize:check passed: every entry is within its enforced budget in bench/size-budget.json',
)
