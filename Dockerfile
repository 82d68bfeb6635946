# syntax=docker/dockerfile:1
# Nadzor's image: one image for the app instances, the job worker and the one-shot migration job
# (compose.yaml; docs/deployment.md). Built without any secret or database: they are checked when
# a process starts (lib/env.ts, assertRuntimeEnv).
#
#   app      node prisma/tools/app-server.mjs   (default) our HTTP server in front of Next's
#                                               standalone output: it decides the client address
#                                               (NADZOR_TRUSTED_PROXIES) and drops spoofed headers
#   worker   node prisma/tools/worker.mjs       the job runner
#   migrate  node prisma/tools/migrate.mjs deploy   as the owner (MIGRATION_DATABASE_URL)
#
# The three are bundled with esbuild from prisma/tools/*.ts (prisma/tools/bundle-tools.mjs).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: every package, build tools included; no install scripts before the sources are here
FROM ${NODE_IMAGE} AS deps
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

# ---- build: Prisma client, `next build` (standalone), the bundled processes
FROM deps AS build
# Which build this is (/api/health, logs, traces; next.config.mjs): pass the commit, e.g.
# `docker build --build-arg NADZOR_BUILD_ID=$(git rev-parse --short HEAD) .`
ARG NADZOR_BUILD_ID=
ENV NADZOR_BUILD_ID=${NADZOR_BUILD_ID}
COPY . .
RUN npm run postinstall \
 && npm run build \
 && node prisma/tools/bundle-tools.mjs /out \
 && mkdir -p public

# ---- runtime: the standalone server and what the three processes need, nothing else
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000 \
    NADZOR_DEMO=0 \
    NADZOR_DB_KIND=server
# Owned by root, read-only for the user the processes run as; only Next's cache is writable.
COPY --from=build /src/.next/standalone ./
COPY --from=build /src/.next/static ./.next/static
COPY --from=build /src/public ./public
COPY --from=build /out/prisma/tools ./prisma/tools
COPY --from=build /src/prisma/migrations ./prisma/migrations
COPY --from=build /src/prisma/schema.prisma ./prisma/schema.prisma
# The migration tool loads Prisma's schema engine (WebAssembly) from its package at run time.
COPY --from=build /src/node_modules/@prisma/schema-engine-wasm ./node_modules/@prisma/schema-engine-wasm
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3000}/api/health/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "prisma/tools/app-server.mjs", "--dir", "/app"]
