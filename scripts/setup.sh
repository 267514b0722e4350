#!/usr/bin/env bash
# Installs what is missing for Shortlist on a fresh machine, then exports PATH for the caller (source it).
# Node >= 22 (24 from the npm registry when the system one is older), pnpm 10, dependencies, and a running Redis.
# Usage: source scripts/setup.sh [--browser]
set -euo pipefail

SHORTLIST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${SHORTLIST_TOOLS_DIR:-${HOME:-/tmp}/.cache/shortlist-tools}"
want_browser=false
for argument in "$@"; do [ "$argument" = "--browser" ] && want_browser=true; done

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# 1. Node.js >= 22: prefer a cached Node 24, else the system one if new enough, else install Node 24.
if [ -x "$TOOLS_DIR/node24/bin/node" ]; then
  export PATH="$TOOLS_DIR/node24/bin:$PATH"
fi
if [ "$(node_major)" -lt 22 ]; then
  command -v npm >/dev/null || { say "npm is required to install Node 24"; exit 1; }
  say "Node $(node --version 2>/dev/null || echo none) is too old; installing Node 24 from the npm registry into $TOOLS_DIR/node24"
  mkdir -p "$TOOLS_DIR/node24"
  npm install --global --prefix "$TOOLS_DIR/node24" --no-audit --no-fund node@24 >&2
  export PATH="$TOOLS_DIR/node24/bin:$PATH"
fi
say "node $(node --version)"

# 2. pnpm 10 (corepack is avoided on purpose: it fails on registry signature checks on some machines).
pnpm_major() { pnpm --version 2>/dev/null | cut -d. -f1 || echo 0; }
if [ -x "$TOOLS_DIR/pnpm10/bin/pnpm" ]; then export PATH="$TOOLS_DIR/pnpm10/bin:$PATH"; fi
if [ "$(pnpm_major)" != "10" ]; then
  say "installing pnpm 10 into $TOOLS_DIR/pnpm10"
  mkdir -p "$TOOLS_DIR/pnpm10"
  npm install --global --prefix "$TOOLS_DIR/pnpm10" --no-audit --no-fund pnpm@10 >&2
  export PATH="$TOOLS_DIR/pnpm10/bin:$PATH"
fi
say "pnpm $(pnpm --version)"

# 3. Dependencies, exactly as locked.
(cd "$SHORTLIST_ROOT" && pnpm install --frozen-lockfile --reporter=append-only >&2)

# 4. Redis: start a local one if nothing answers.
redis_url="${REDIS_URL:-redis://127.0.0.1:6379}"
redis_answers() { (cd "$SHORTLIST_ROOT" && node scripts/ping-redis.mjs "$redis_url") >/dev/null 2>&1; }
if ! redis_answers; then
  if ! command -v redis-server >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    say "installing redis-server from Debian"
    (apt-get update -qq && apt-get install -y -qq redis-server) >&2
  fi
  if command -v redis-server >/dev/null; then
    say "Redis is not answering at $redis_url; starting a local one"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >&2
    for _ in $(seq 1 50); do redis_answers && break; sleep 0.1; done
  fi
  redis_answers || { say 'Redis is not answering. Start it with: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no'; exit 1; }
fi
say "redis answers at $redis_url"

# 5. Browser tests drive Debian's Chromium; never a downloaded browser.
if $want_browser && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium for the browser tests"
    (apt-get update -qq && apt-get install -y -qq chromium) >&2
  else
    say "browser tests need /usr/bin/chromium (apt-get install chromium)"; exit 1
  fi
fi

# 6. The web app, served by the API.
(cd "$SHORTLIST_ROOT" && pnpm --filter @shortlist/web build >&2)
