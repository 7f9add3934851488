/**
 * `pnpm --filter @linkwheel/bench size:check`: measures the budgeted entries of
 * `size-budget.json` (from the built `dist`, building it when missing or stale) and exits 1 when
 * one is over budget or cannot be measured. For CI.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkSizeBudget, parseSizeBudget } from './src/checkSizeBudget'
import { ensurePackagesBuilt } from './src/ensurePackagesBuilt'
import { markdownTable } from './src/markdownTable'
import { measureSizeEntries } from './src/measureSizeEntries'
import { benchDir } from './src/paths'
import { sizeEntries } from './src/sizeEntries'

const budget = parseSizeBudget(
  JSON.parse(readFileSync(path.join(benchDir, 'size-budget.json'), 'utf8')),
)
const needsPeers = (budget.smallerThanPeers ?? []).length > 0
const entries = sizeEntries.filter(
  (entry) => entry.id in budget.budgets || (needsPeers && entry.kind === 'peer'),
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
const violations = checkSizeBudget(budget, measured)
if (violations.length > 0) {
  console.error(`\nsize:check failed (${violations.length}):`)
  for (const violation of violations) console.error(`  - ${violation.message}`)
  console.error(
    'Shrink the entry, or raise its budget in bench/size-budget.json with a reason in the commit.',
  )
  process.exit(1)
}
console.log('\nsize:check passed: every entry is within bench/size-budget.json')
