#!/usr/bin/env bash
# `npm run build [-- --full]`: the content store, then the site. When only articles changed since the last
# full build, only the pages that show them are rendered again; otherwise every page is built.
# A problem in the content stops here before anything is written: the last good site stays.
# (A shell script on top, so that no Node process sits in memory beside `next build`.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=node_modules/.bin
export NEXT_TELEMETRY_DISABLED=1

status=0
# A larger young generation: the content step allocates heavily, and this makes it about 7 % faster.
NODE_OPTIONS="--max-semi-space-size=32 ${NODE_OPTIONS:-}" "$bin/tsx" scripts/update-site.ts "$@" || status=$?
if [ "$status" -eq 0 ]; then exit 0; fi
if [ "$status" -ne 3 ]; then exit "$status"; fi

"$bin/tailwindcss" -i app/globals.css -o app/globals.generated.css --minify
"$bin/next" build
mv .content/pending-build.json .next/pulse-build.json
echo "Site built in ${SECONDS} s."
