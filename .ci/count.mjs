// Sums the runners' JSON reports into the line CI reads: `N passed, N failed, N skipped`.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? '.ci/reports'
let passed = 0
let failed = 0
let skipped = 0
const missing = []

const vitest = join(dir, 'vitest.json')
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += report.numPendingTests + report.numTodoTests
  // A file that fails to load has no tests but must still fail the run.
  failed += report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length
} else missing.push('vitest')

const e2e = join(dir, 'e2e.json')
if (existsSync(e2e)) {
  const { stats, errors = [] } = JSON.parse(readFileSync(e2e, 'utf8'))
  passed += stats.expected + stats.flaky
  failed += stats.unexpected + errors.length
  skipped += stats.skipped
} else missing.push('e2e')

// A runner can fail without a failed test (Vitest's unhandled errors, a web server that died):
// its exit code, passed by .ci/run, then counts as one failure so the line never reads green.
const runnerExit = Number(process.argv[3] ?? 0)
if (runnerExit !== 0 && failed === 0) {
  console.log(
    `the test runners exited with ${runnerExit} although no test failed: counted as a failure`,
  )
  failed += 1
}

for (const name of missing) {
  console.log(`no ${name} report in ${dir}: counted as a failure`)
  failed += 1
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
