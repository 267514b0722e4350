#!/usr/bin/env bash
# Packages an app as its image runs it: `bash scripts/package-app.sh api|worker OUT_DIR`.
# The Dockerfiles run exactly this script, and packages/deploy-tests runs it and starts the result, so what the
# images hold is what the tests started. Extra flags for `pnpm deploy` (the image build adds --offline after
# `pnpm fetch`) come from PNPM_DEPLOY_FLAGS.
set -euo pipefail
app="${1:?usage: package-app.sh api|worker OUT_DIR}"
out="${2:?usage: package-app.sh api|worker OUT_DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

rm -rf "$out"
# A self-contained copy of the app with production dependencies only. The hoisted linker lays every package,
# direct or not, flat in OUT_DIR/node_modules, where the bundle's external imports resolve from OUT_DIR/dist.
# --legacy: pnpm 10's default deploy needs inject-workspace-packages=true, which would make edits to a workspace
# package invisible to the apps until the next install (infra/README.md, "Images").
# shellcheck disable=SC2086
pnpm --filter "@shortlist/$app" --prod --frozen-lockfile --config.node-linker=hoisted ${PNPM_DEPLOY_FLAGS:-} \
  deploy --legacy "$out" >&2

# Compiled JavaScript: the entry points with the workspace packages bundled in (scripts/build-app.mjs).
node scripts/build-app.mjs "$app" "$out/dist"

# The app's TypeScript is not shipped: the image runs dist/ only.
rm -rf "$out/src" "$out/test" "$out/scripts" "$out/tsconfig.json" "$out/vitest.config.ts"
if [ -d packages/core/data ] && [ ! -d "$out/node_modules/@shortlist/core/data" ]; then
  echo "packages/core/data is missing from the deployed @shortlist/core" >&2
  exit 1
fi
echo "packaged @shortlist/$app into $out" >&2
