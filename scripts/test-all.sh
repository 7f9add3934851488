#!/usr/bin/env bash
# The whole test suite: every Vitest project (jsdom, node, Chromium), then the playground's
# end-to-end tests. Both always run; the exit code is non-zero if either failed.
set -uo pipefail
cd "$(dirname "$0")/.."
pnpm exec vitest run
unit=$?
pnpm test:e2e
e2e=$?
[ $unit -eq 0 ] && [ $e2e -eq 0 ]
