# Shortlist worker image: the BullMQ worker, compiled to JavaScript (esbuild). No HTTP port.
# Build from the repository root (the build context must be the workspace root):
#   docker build -f infra/docker/worker.Dockerfile -t shortlist-worker .
#
# The first three stages are identical to api.Dockerfile, so BuildKit shares their cache.

ARG NODE_IMAGE=node:24-bookworm-slim
# Keep equal to the "packageManager" field of the root package.json (see api.Dockerfile).
ARG PNPM_VERSION=10.34.9

FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION
ENV CI=true
RUN npm install --global "pnpm@${PNPM_VERSION}" && npm cache clean --force
WORKDIR /repo

# Depends only on the lockfile: source edits reuse this layer.
FROM base AS fetch
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch

FROM fetch AS source
COPY . .

# The app as the image runs it: scripts/package-app.sh (see the build stage of api.Dockerfile).
FROM source AS build
RUN pnpm install --offline --frozen-lockfile --filter "@shortlist/worker..." \
 && PNPM_DEPLOY_FLAGS=--offline bash scripts/package-app.sh worker /out \
 && test -f /out/dist/main.js

FROM ${NODE_IMAGE} AS runtime
# tini as PID 1 forwards SIGTERM so the worker can finish or release its jobs before exiting.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

ENV NODE_ENV=production \
    DATA_DIR=/data \
    PROMPTS_DIR=/app/prompts \
    SEED_DEMO=false

WORKDIR /app
COPY --from=build /out ./
COPY --from=source /repo/prompts ./prompts

RUN mkdir -p /data && chown 1000:1000 /data

# 1000:1000 is the image's "node" user; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000

# The worker rewrites /tmp/worker-heartbeat every 10 s while it runs (contract in infra/README.md);
# a file older than 60 s, or none at all, means the process is stuck.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "try { const age = Date.now() - require('node:fs').statSync('/tmp/worker-heartbeat').mtimeMs; process.exit(age < 60000 ? 0 : 1) } catch { process.exit(1) }"]

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--enable-source-maps", "dist/main.js"]
