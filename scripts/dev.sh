#!/usr/bin/env bash
# `npm run dev`: content store, then the content watcher and Tailwind in watch mode beside `next dev`;
# all stop together. Saving an article rebuilds the store and the open page shows the change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
node scripts/run.mjs scripts/build-content.ts
npx tailwindcss -i app/globals.css -o app/globals.generated.css
npx tailwindcss -i app/globals.css -o app/globals.generated.css --watch=always &
tailwind=$!
node scripts/run.mjs scripts/watch-content.ts &
watcher=$!
trap 'kill $tailwind $watcher 2>/dev/null' EXIT INT TERM
NEXT_TELEMETRY_DISABLED=1 npx next dev "$@"
