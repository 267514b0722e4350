#!/usr/bin/env bash
# The real-PostgreSQL tests (migrations, the embedded -> PostgreSQL move, the packaged apps) create private databases
# on the machine's PostgreSQL and need pgvector there. Builds it from ../shared/vendor when missing and possible;
# otherwise says in one line what to do. Never fails by itself: the tests that need it fail with the same advice.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
url="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
tarball="$root/../shared/vendor/pgvector-0.8.6.tar.gz"
say() { printf '\033[1m[pgvector]\033[0m %s\n' "$*" >&2; }
advice="build pgvector into the PostgreSQL at $url as ../shared/vendor/README.md says"

command -v psql >/dev/null || { say "psql is not installed: the real-PostgreSQL tests will fail; $advice"; exit 0; }
available() { psql "$url" -tAc "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'" 2>/dev/null | grep -q 1; }
available && exit 0
major="$(psql "$url" -tAc 'SHOW server_version_num' 2>/dev/null | cut -c1-2 || true)"
if [ -z "$major" ]; then say "no PostgreSQL answers at $url: start it, then $advice"; exit 0; fi
if [ -f "$tarball" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  say "building pgvector 0.8.6 for PostgreSQL $major from $tarball"
  work="$(mktemp -d)"
  (apt-get install -y -qq "postgresql-server-dev-$major" >/dev/null &&
    tar xzf "$tarball" -C "$work" &&
    make -s -C "$work/pgvector-0.8.6" >/dev/null &&
    make -s -C "$work/pgvector-0.8.6" install >/dev/null) >&2 || true
  rm -rf "$work"
fi
available || say "pgvector is missing: the real-PostgreSQL tests will fail; $advice"
