#!/usr/bin/env bash
# `npm start [-- -p PORT -H HOST]`: Next's server on the build `.next` points to now (scripts/build.sh),
# by that build's own folder: a build made while this server runs switches `.next` to a new folder and
# leaves this one, its pages, stylesheets and chunks, in place until the server is restarted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${PULSE_DIST_DIR:-}" ] && [ -L .next ]; then
  PULSE_DIST_DIR="$(readlink .next)"
  export PULSE_DIST_DIR
fi
export NEXT_TELEMETRY_DISABLED=1 NEXT_MANUAL_SIG_HANDLE=true
exec node_modules/.bin/next start "$@"
