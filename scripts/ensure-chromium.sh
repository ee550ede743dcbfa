#!/usr/bin/env bash
# Makes sure the system Chromium that Playwright drives (see playwright.config.ts)
# is installed. Never downloads Playwright's own browsers.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium not found at $CHROMIUM; installing it with apt-get..." >&2
  bash "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" chromium
fi

# Debian's launcher script prints harmless shell warnings on stderr; hide them.
"$CHROMIUM" --version 2>/dev/null
