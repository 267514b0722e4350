#!/usr/bin/env bash
# `make test`: set up whatever is missing, then typecheck, lint and run every test on real Redis and Postgres engines.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --browser
cd "$SHORTLIST_ROOT"
bash scripts/ensure-pgvector.sh
pnpm typecheck
pnpm lint
report="$(mktemp -t shortlist-vitest-XXXXXX.json)"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
node scripts/summarize-tests.mjs "$report" || status=1
rm -f "$report"
exit "$status"
