# syntax=docker/dockerfile:1
# KoKo Campus: the API and the web app in one image (one process serves both on PORT).
#   docker build -t koko-campus .
#   docker run --env-file /etc/koko-campus/env -p 3000:3000 koko-campus
# Configuration: README "Configuration"; a whole installation: deploy/compose.yml, docs/operations.md.
# Not built on the machine this repository is developed on (no container engine there); its
# structure is checked by tools/deploy/dockerfile.spec.ts.

# Node.js 24 ("Krypton"), the current LTS line. `npm run test:scale` runs the built API on the newest
# Node 24 release (fetched from the npm registry) through the same journey as on the Node of `npm start`.
ARG NODE_IMAGE=node:24-bookworm-slim

# --- 1. Build: all dependencies, then the API bundle and the web app -------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /src
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
# `npm ci` trips over sass-embedded's platform packages; install from the committed lock file.
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api web --output-style=static

# --- 2. Production dependencies only (the API bundle loads its packages from node_modules) ---------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

# --- 3. Runtime: no compiler, no sources, not root ---------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    WEB_DIST_DIR=/app/dist/apps/web/browser \
    STORAGE_DIR=/var/lib/koko-campus/files
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/dist/apps/api ./dist/apps/api
COPY --from=build /src/dist/apps/web/browser ./dist/apps/web/browser
# The image's own user "node" (uid 1000) owns only the folder for files (used with STORAGE_DRIVER=local).
RUN mkdir -p /var/lib/koko-campus/files && chown -R node:node /var/lib/koko-campus
USER node
EXPOSE 3000
# Liveness: the process answers. Readiness (/health/ready) is for the load balancer, not for a restart.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: readiness turns 503, the port closes after SHUTDOWN_READINESS_DELAY_MS, requests finish.
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/api/main.js"]
