#!/usr/bin/env bash
# Makes sure the system Chromium that Playwright drives (see playwright.config.ts)
# is installed. Never downloads Playwright's own browsers.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium not found at $CHROMIUM; installing it with apt-get..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: not root and sudo is not available; install the 'chromium' package manually." >&2
      exit 1
    fi
    SUDO="sudo"
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# Debian's launcher script prints harmless shell warnings on stderr; hide them.
"$CHROMIUM" --version 2>/dev/null
