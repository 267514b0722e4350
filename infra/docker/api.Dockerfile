# Shortlist API image: Fastify API + the built web UI, run as TypeScript through tsx.
# Build from the repository root (the build context must be the workspace root):
#   docker build -f infra/docker/api.Dockerfile -t shortlist-api .

ARG NODE_IMAGE=node:24-bookworm-slim
# Keep equal to the "packageManager" field of the root package.json: pnpm 10 switches to the
# version named there when it differs, which would download a second pnpm during the build.
ARG PNPM_VERSION=10.34.9

# ---------------------------------------------------------------------------------------------
# base: Node + pnpm. npm installs pnpm (not corepack) so the build does not depend on corepack,
# which newer Node releases no longer bundle.
FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION
# CI=true keeps pnpm non-interactive and makes --frozen-lockfile the default.
ENV CI=true
RUN npm install --global "pnpm@${PNPM_VERSION}" && npm cache clean --force
WORKDIR /repo

# ---------------------------------------------------------------------------------------------
# fetch: download every package named in the lockfile into the pnpm store. This layer depends only
# on the lockfile, so source edits reuse it and later steps install with --offline.
FROM base AS fetch
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch

# ---------------------------------------------------------------------------------------------
# source: the workspace sources on top of the filled store (.dockerignore keeps node_modules,
# dist, .env and .git out of the context).
FROM fetch AS source
COPY . .

# ---------------------------------------------------------------------------------------------
# web: build the SPA. Only @shortlist/web and its workspace dependencies are installed.
FROM source AS web
RUN pnpm install --offline --frozen-lockfile --filter "@shortlist/web..." \
 && pnpm --filter @shortlist/web build \
 && test -f apps/web/dist/index.html

# ---------------------------------------------------------------------------------------------
# deploy: a self-contained copy of @shortlist/api with production dependencies only.
#
# pnpm 10's default deploy refuses workspaces without inject-workspace-packages=true. We use
# --legacy instead of turning that setting on: injected workspace packages are hard-linked copies,
# so in development an edit to packages/core would not reach apps/api until the next install, which
# breaks this no-build-step monorepo; and enabling it only inside Docker would disagree with the
# committed lockfile (it records the setting), so --frozen-lockfile would fail. Legacy deploy still
# resolves from the workspace lockfile and copies workspace dependencies (with their files, e.g.
# packages/core/data) into /out/node_modules.
FROM source AS deploy
RUN pnpm --filter @shortlist/api --prod --offline --frozen-lockfile deploy --legacy /out \
 && if [ ! -e /out/node_modules/tsx/package.json ]; then \
      echo "tsx must be listed in dependencies (not devDependencies) of apps/api/package.json" >&2; exit 1; \
    fi \
 && if [ -d packages/core/data ] && [ ! -d /out/node_modules/@shortlist/core/data ]; then \
      echo "packages/core/data is missing from the deployed @shortlist/core" >&2; exit 1; \
    fi

# ---------------------------------------------------------------------------------------------
# runtime: no pnpm, no compilers, no dev dependencies.
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1 forwards SIGTERM to Node (graceful close-with-grace shutdown) and reaps zombies.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    WEB_DIST_DIR=/app/web \
    PROMPTS_DIR=/app/prompts \
    SEED_DEMO=false \
    TSX_TSCONFIG_PATH=/app/tsconfig.base.json

WORKDIR /app
# Files stay owned by root: the process can read its code but not rewrite it.
COPY --from=deploy /out ./
# The package's tsconfig.json extends ../../tsconfig.base.json, which does not exist in /app;
# TSX_TSCONFIG_PATH points tsx at the same compiler options instead.
COPY --from=source /repo/tsconfig.base.json ./tsconfig.base.json
COPY --from=source /repo/prompts ./prompts
COPY --from=web /repo/apps/web/dist ./web

# DATA_DIR must be writable by the app user; a named volume mounted here inherits this ownership.
RUN mkdir -p /data && chown 1000:1000 /data

# 1000:1000 is the image's "node" user; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 3000

# /readyz (database and Redis reachable, migrations done) so `depends_on: service_healthy` in
# compose waits for a usable API. Kubernetes uses its own probes from the Helm chart.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
# node --import tsx keeps a single Node process (the tsx CLI would add a parent process).
CMD ["node", "--import", "tsx", "src/server.ts"]
