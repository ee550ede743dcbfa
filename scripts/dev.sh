#!/usr/bin/env bash
# `npm run dev`: content store, then Tailwind in watch mode beside `next dev`; both stop together.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
node scripts/run.mjs scripts/build-content.ts
npx tailwindcss -i app/globals.css -o app/globals.generated.css
npx tailwindcss -i app/globals.css -o app/globals.generated.css --watch=always &
trap 'kill $! 2>/dev/null' EXIT INT TERM
NEXT_TELEMETRY_DISABLED=1 npx next dev "$@"
