# Shortlist API image: Fastify API + the built web UI, compiled to JavaScript (esbuild), plus the database commands
# (dist/migrate.js, which the Helm chart's migration Job and compose's `migrate` service run).
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
# build: the app as the image runs it, made by scripts/package-app.sh: `pnpm deploy --legacy --prod` with the
# hoisted linker (every production dependency flat in /out/node_modules, workspace packages copied with their data
# files), then esbuild bundles of the entry points in /out/dist (scripts/build-app.mjs). packages/deploy-tests runs
# the same script and starts what it made, so this stage is what the tests exercised. The install gives esbuild
# (a dev dependency of the app); --legacy is explained in the script.
FROM source AS build
RUN pnpm install --offline --frozen-lockfile --filter "@shortlist/api..." \
 && PNPM_DEPLOY_FLAGS=--offline bash scripts/package-app.sh api /out \
 && test -f /out/dist/server.js && test -f /out/dist/migrate.js

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
    SEED_DEMO=false

WORKDIR /app
# Files stay owned by root: the process can read its code but not rewrite it.
COPY --from=build /out ./
COPY --from=source /repo/prompts ./prompts
COPY --from=web /repo/apps/web/dist ./web

# DATA_DIR must be writable by the app user; a named volume mounted here inherits this ownership.
RUN mkdir -p /data && chown 1000:1000 /data

# 1000:1000 is the image's "node" user; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 3000

# /readyz (database and Redis reachable; the schema was checked at start) so `depends_on: service_healthy` in
# compose waits for a usable API. Kubernetes uses its own probes from the Helm chart.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
# Compiled JavaScript; source maps turn stack traces back into the TypeScript files and lines.
CMD ["node", "--enable-source-maps", "dist/server.js"]
