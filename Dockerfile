# syntax=docker/dockerfile:1
# Pulse as a container: install, build and package with the same npm scripts the tests run; the final
# image holds only release/ and runs as a non-root user. See deploy/README.md.
#   docker build --build-arg PULSE_BUILD_ID=$(git rev-parse --short=12 HEAD) --build-arg SITE_URL=https://example.org -t pulse .
#   docker run -p 3000:3000 -e PREVIEW_SECRET=… pulse

FROM node:24-bookworm-slim AS install
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM install AS build
COPY . .
# The release's identity (scripts/build-id.mjs): the commit when given, else a hash of the sources.
ARG PULSE_BUILD_ID=""
# The site's public address, for absolute URLs in pages and feeds (lib/site.ts).
ARG SITE_URL=""
ENV NEXT_TELEMETRY_DISABLED=1 PULSE_BUILD_ID=${PULSE_BUILD_ID} SITE_URL=${SITE_URL}
RUN npm run build && npm run package

FROM node:24-bookworm-slim AS release
WORKDIR /srv/pulse
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0 NEXT_TELEMETRY_DISABLED=1 NEXT_MANUAL_SIG_HANDLE=true \
    PULSE_SHUTDOWN_TIMEOUT=10000
# Owned by the user it runs as: Next keeps revalidated pages in the build folder.
COPY --from=build --chown=node:node /app/release ./
USER node
EXPOSE 3000
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
