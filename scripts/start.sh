#!/usr/bin/env bash
# `make start`: set up whatever is missing, then run API + workers on embedded defaults.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$SHORTLIST_ROOT"
exec pnpm start
