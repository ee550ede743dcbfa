#!/usr/bin/env bash
# `npm run build [-- --full]`: the content store, then every page with `next build`. A problem in the
# content stops here before anything is written: the last good site stays. `--full` also empties the
# compile cache, so every article is compiled again.
# Edited articles reach a running site without this: `npm run publish` (see the README).
# (A shell script on top, so that no Node process sits in memory beside `next build`.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=node_modules/.bin
export NEXT_TELEMETRY_DISABLED=1

# A larger young generation: the content step allocates heavily, and this makes it about 7 % faster.
NODE_OPTIONS="--max-semi-space-size=32 ${NODE_OPTIONS:-}" node scripts/run.mjs scripts/build-content.ts --for-build "$@"
"$bin/tailwindcss" -i app/globals.css -o app/globals.generated.css --minify
# What the live site shows, for `npm run publish` (scripts/build/state.ts): none while Next builds, and
# the new one only once `next build` has succeeded.
rm -f .content/live-site.json
"$bin/next" build
mv .content/pending-site.json .content/live-site.json
echo "Site built in ${SECONDS} s."
