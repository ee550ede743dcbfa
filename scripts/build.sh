#!/usr/bin/env bash
# `npm run build [-- --full] [-- --allow-localhost]`: the content store, then every page with `next build`, into staging places
# (.content/index.pending.json, .content/search.pending.json, .next-staging/) that are switched in only
# when everything succeeded: a failed or interrupted build leaves the served site as it was, byte for
# byte, and the next build starts clean. Each build is kept in a folder of its own, .next-build-<name>/,
# and `.next` is a symlink to the newest, switched in one rename. The folders sit beside `.next-staging`,
# at the project's top: Next links the packages it keeps external from inside its build folder by relative
# paths (`../../node_modules/…`), which a deeper folder would break. A running `npm start` keeps the folder it
# started with (scripts/start.sh), so its pages and their stylesheets and chunks stay served until the
# operator restarts it; the newest PULSE_KEEP_BUILDS builds (default 3) are kept. `--full` also empties the compile cache, so every article is compiled again.
# Edited articles reach a running site without this: `npm run publish` (see the README).
# (A shell script on top, so that no Node process sits in memory beside `next build`.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=node_modules/.bin
export NEXT_TELEMETRY_DISABLED=1
staging=.next-staging

# The site's public address (lib/site-url.mjs): checked before any work, since next.config.js refuses a
# build without SITE_URL. `--allow-localhost` builds for http://localhost:3000 (local use, the tests).
args=()
for arg in "$@"; do
  if [ "$arg" = --allow-localhost ]; then export PULSE_ALLOW_LOCALHOST=1; else args+=("$arg"); fi
done
node --input-type=module -e "import { siteUrlForBuild } from './lib/site-url.mjs'; try { console.log('Building for ' + siteUrlForBuild(process.env)); } catch (error) { console.error(error.message); process.exit(1); }"

# What an earlier build left when it failed or was interrupted.
rm -rf "$staging" .next-previous .next-switching .content/index.pending.json .content/search.pending.json .content/pending-site.json
trap 'rm -rf "$staging"' INT TERM

# A larger young generation: the content step allocates heavily, and this makes it about 7 % faster.
NODE_OPTIONS="--max-semi-space-size=32 ${NODE_OPTIONS:-}" node scripts/run.mjs scripts/build-content.ts --for-build ${args[@]+"${args[@]}"}
"$bin/tailwindcss" -i app/globals.css -o app/globals.generated.css --minify
# The release's identity, from the sources (scripts/build-id.mjs; next.config.js uses it), left beside the
# build for `next start`.
PULSE_BUILD_ID="$(node scripts/build-id.mjs)"
export PULSE_BUILD_ID
PULSE_INDEX_NAME=index.pending.json PULSE_DIST_DIR="$staging" "$bin/next" build
printf '%s\n' "$PULSE_BUILD_ID" > "$staging/pulse-build-id"

# The switch, each step a rename. A running server keeps serving its own build folder: restart it to
# serve the new site.
# A `.next` folder from before builds had folders of their own joins them.
if [ -d .next ] && [ ! -L .next ]; then mv .next ".next-build-$(date -u +%Y%m%dT%H%M%SZ)-earlier"; fi
build_name=".next-build-$(date -u +%Y%m%dT%H%M%S%3NZ)-${PULSE_BUILD_ID}"
mv "$staging" "$build_name"
ln -s "$build_name" .next-switching
mv -T .next-switching .next
mv .content/index.pending.json .content/index.json
# The search index of the same articles (lib/content/search-store.ts); the one it replaces stays on disk
# for readers mid-search until the next build or publish.
mv .content/search.pending.json .content/search.json
# What the live site shows, for `npm run publish` (scripts/build/state.ts).
mv .content/pending-site.json .content/live-site.json
# Older builds than the newest few go; their servers were restarted long ago (or run from release/).
keep="${PULSE_KEEP_BUILDS:-3}"
ls -1d .next-build-* | sort -r | tail -n "+$((keep + 1))" | while read -r old; do rm -rf "$old"; done
echo "Site built in ${SECONDS} s."
