#!/usr/bin/env bash
# Full local/CI check: lint, types, unit tests, production build, end-to-end tests.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}

if [ ! -d node_modules ]; then
  step "Installing dependencies (npm ci)"
  npm ci
fi

step "Ensuring Chromium is installed"
bash scripts/ensure-chromium.sh

step "Ensuring the independent checkers are installed (protego, a Java runtime for the Nu HTML Checker)"
bash scripts/ensure-checkers.sh

step "Lint"
npm run lint

step "Typecheck"
npm run typecheck

step "Unit tests"
npm run test:unit

# Node 24 LTS is the runtime of the image (Dockerfile); the unit tests run on it as well, from the npm
# registry's node package, whatever Node runs the rest.
step "Unit tests under Node 24 (npx -y -p node@24)"
npx -y -p node@24 -- node --version
npx -y -p node@24 -- npm run test:unit

step "Integration tests (a real build and server in a scratch copy)"
npm run test:integration

step "Deploy test (a release, two replicas behind nginx, rolling restarts: tests/deploy)"
npm run test:deploy

step "Production build (the site's content and the end-to-end fixtures: scripts/e2e-content.sh)"
bash scripts/e2e-content.sh
PULSE_CONTENT_DIR=.e2e-content PULSE_PAGES_DIR=content/pages npm run build -- --allow-localhost

step "End-to-end tests (Playwright)"
npm run test:e2e

step "All checks passed"
